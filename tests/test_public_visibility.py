"""One walk over every public surface: nothing unpublished ever shows."""

import pytest
from django.urls import reverse

from tests.public_data import build_site

pytestmark = pytest.mark.django_db


def _sitemap_bodies(client):
    index = client.get("/sitemap.xml").content.decode()
    bodies = [index]
    for part in index.split("<loc>")[1:]:
        url = part.split("</loc>")[0].removeprefix("http://testserver")
        bodies.append(client.get(url).content.decode())
    return bodies


def test_unpublished_articles_never_appear_on_any_public_surface(client):
    site = build_site(6, covers=False)
    hidden = site.hidden
    assert {a.status for a in hidden} >= {"draft", "pending", "returned", "archived"}
    visible = site.published[0]
    pages = [
        "/",
        *(c.get_absolute_url() for c in site.categories),
        visible.get_absolute_url(),
        reverse(
            "articles:print",
            kwargs={"category": visible.category.slug, "slug": visible.slug, "pk": visible.pk},
        ),
        *(a.get_absolute_url() for a in site.authors),
        reverse("articles:tag", kwargs={"slug": "tan-phu"}),
        reverse("articles:tag", kwargs={"slug": "the-thao"}),
        "/rss/",
        *(reverse("articles:category-feed", args=[c.slug]) for c in site.categories),
        *(p.get_absolute_url() for p in site.pages[:2]),
        "/robots.txt",
    ]
    bodies = {url: client.get(url).content.decode() for url in pages}
    bodies.update({f"sitemap {i}": body for i, body in enumerate(_sitemap_bodies(client))})
    assert visible.title in bodies["/"]
    for where, body in bodies.items():
        for article in hidden:
            assert article.title not in body, f"{article.status} '{article.title}' on {where}"
            assert article.get_absolute_url() not in body, f"{article.status} link on {where}"
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404
        print_url = reverse(
            "articles:print",
            kwargs={"category": article.category.slug, "slug": article.slug, "pk": article.pk},
        )
        assert client.get(print_url).status_code == 404


def test_editor_pick_that_is_unpublished_is_not_listed_as_related(client):
    site = build_site(3, covers=False)
    article = site.published[0]
    article.related_picks.add(*site.hidden)
    body = client.get(article.get_absolute_url()).content.decode()
    assert all(h.title not in body for h in site.hidden)


def test_tag_used_only_by_unpublished_articles_has_no_page(client):
    from tests.factories import make_article

    make_article("Bản nháp", status="draft", published_at=None, tags=["sáp nhập bí mật"])
    assert (
        client.get(reverse("articles:tag", kwargs={"slug": "sáp-nhập-bí-mật"})).status_code == 404
    )
