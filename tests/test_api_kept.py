"""Article JSON kept per article version (api.article_json): never stale, never shared
between hosts, and byte for byte what django-ninja writes from freshly loaded rows."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from api import article_json, listing, schemas
from api.params import ArticleFilters
from api.views import api
from articles.workflow import Action, apply
from tests.factories import make_article, make_author, make_category

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Each request reaches the view: what is tested is the view's own memory."""
    settings.PUBLIC_PAGE_CACHE = False


def listed(client, **headers):
    response = client.get(f"{API}/articles/", **headers)
    assert response.status_code == 200, response.content[:500]
    return response.json()["results"]


def detail(client, pk, status=200, **headers):
    response = client.get(f"{API}/articles/{pk}/", **headers)
    assert response.status_code == status, response.content[:500]
    return response.json()


@pytest.fixture
def article():
    category = make_category("Văn hóa")
    return make_article(
        "Lễ hội đua thuyền", category=category, authors=[make_author()], tags=["lễ hội"]
    )


def both(client, pk):
    """The article as the list shows it and as its detail does."""
    [item] = [item for item in listed(client) if item["id"] == pk]
    return item, detail(client, pk)


def test_an_edited_title_is_shown_at_once(client, article):
    both(client, article.pk)  # now kept
    article.title = "Lễ hội đua thuyền trên sông"
    article.save()
    for shown in both(client, article.pk):
        assert shown["title"] == "Lễ hội đua thuyền trên sông"


def test_renamed_tag_author_and_category_are_shown_at_once(client, article):
    both(client, article.pk)
    tag = Tag.objects.get(name="lễ hội")
    tag.name = "Lễ hội mùa xuân"
    tag.save()
    for shown in both(client, article.pk):
        assert [t["name"] for t in shown["tags"]] == ["Lễ hội mùa xuân"]
    author = article.authors.get()
    author.name = "Trần Thị Mai"
    author.save()
    for shown in both(client, article.pk):
        assert [a["name"] for a in shown["authors"]] == ["Trần Thị Mai"]
    category = article.category
    category.name, category.slug = "Văn hóa - Xã hội", "van-hoa-xa-hoi"
    category.save()
    for shown in both(client, article.pk):
        assert shown["category"]["name"] == "Văn hóa - Xã hội"
        assert "/van-hoa-xa-hoi/" in shown["url"]


def test_an_unpublished_article_disappears_from_the_list_and_its_detail(client, article, editor):
    other = make_article()
    both(client, article.pk)
    apply(article, Action.UNPUBLISH, editor)
    assert [item["id"] for item in listed(client)] == [other.pk]
    detail(client, article.pk, status=404)


def test_a_related_article_withdrawn_leaves_the_detail_at_once(
    client, editor, django_capture_on_commit_callbacks
):
    category = make_category()
    with django_capture_on_commit_callbacks(execute=True):
        holder = make_article("Lễ hội đua thuyền", category=category, tags=["đua thuyền"])
        neighbour = make_article("Đua thuyền trên sông", category=category, tags=["đua thuyền"])
    assert detail(client, holder.pk)["related_ids"] == [neighbour.pk]
    # Published with a date still to come: hidden, and holder's own row untouched.
    type(neighbour).objects.filter(pk=neighbour.pk).update(
        published_at=neighbour.published_at.replace(year=2999)
    )
    assert detail(client, holder.pk)["related_ids"] == []


def test_two_hosts_get_their_own_addresses(client, article, settings):
    settings.ALLOWED_HOSTS = ["tin.example.vn", "tin-2.example.vn"]
    for host in ("tin.example.vn", "tin-2.example.vn", "tin.example.vn"):
        item, one = listed(client, HTTP_HOST=host)[0], detail(client, article.pk, HTTP_HOST=host)
        for shown in (item, one):
            assert shown["url"].startswith(f"http://{host}/")
            assert shown["authors"][0]["url"].startswith(f"http://{host}/")


def test_a_kept_page_is_byte_for_byte_what_ninja_writes_from_loaded_rows(client, article):
    make_article(authors=[make_author()], tags=["b", "a"])
    url = f"{API}/articles/?size=1&page=2"
    cold = client.get(url).content
    warm = client.get(url).content
    request = RequestFactory().get(url)
    body = listing.article_list(request, ArticleFilters(page=2, size=1))
    body["results"] = listing.summary_rows([row.pk for row in body["results"]])
    context = {"request": request, "response_status": 200}
    dumped = schemas.ArticlePage.model_validate(body, context=context).model_dump()
    expected = api.renderer.render(request, dumped, response_status=200).encode()
    assert cold == warm == expected


def test_a_kept_list_loads_no_article_in_full(client, article):
    make_article(tags=["b"])
    listed(client)
    with CaptureQueriesContext(connection) as queries:
        listed(client)
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "taggit_taggeditem" not in read and "articles_article_authors" not in read
    article_json.forget_summaries()
    with CaptureQueriesContext(connection) as queries:
        listed(client)
    assert "taggit_taggeditem" in " ".join(q["sql"] for q in queries.captured_queries)
