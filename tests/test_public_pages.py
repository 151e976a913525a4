"""Each public page renders with content, in Vietnamese, with what a reader relies on."""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Category
from newsroom.faults import server_error
from pages.models import SiteIdentity, StaticPage
from tests.factories import make_article, make_category
from tests.outage import database_unreachable
from tests.public_data import build_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site(12)


def text(response):
    return response.content.decode()


def test_home_shows_lead_latest_blocks_most_read_and_identity(client, site):
    Article.objects.filter(pk=site.published[5].pk).update(view_count=500)
    html = text(client.get("/"))
    lead = site.published[1]  # the featured one
    assert re.search(r'class="card card--lead">.*?' + re.escape(lead.title), html, re.S)
    assert "Tin mới nhất" in html
    for category in site.categories[:2]:  # top-level blocks; the child feeds its parent's
        assert f'id="block-{category.pk}"' in html
    most_read = html.split('id="most-read-heading"')[1]
    assert most_read.index(site.published[5].title) < most_read.index("</ol>")
    assert "Trung tâm Văn hóa – Thông tin – Thể thao huyện Tân Phú" in html
    assert "Ủy ban nhân dân huyện Tân Phú" in html
    assert 'href="tel:02513856123"' in html
    assert "Cổng thông tin điện tử tỉnh" in html
    assert reverse("pages:page", kwargs={"slug": "gioi-thieu"}) in html


def _most_read(client):
    return text(client.get("/")).split('id="most-read-heading"')[1].split("</ol>")[0]


def test_most_read_follows_flushed_counts_within_a_minute_and_unpublishing_at_once(
    client, site, settings
):
    settings.PUBLIC_PAGE_CACHE = False
    popular, rising = site.published[5], site.published[6]
    Article.objects.filter(pk=popular.pk).update(view_count=500)
    assert popular.title in _most_read(client)
    # A flush adds counts without moving the content version: seen at the next interval.
    Article.objects.filter(pk=rising.pk).update(view_count=900)
    with time_machine.travel(timezone.now() + timedelta(seconds=61)):
        shown = _most_read(client)
        assert shown.index(rising.title) < shown.index(popular.title)
        rising.refresh_from_db()
        rising.status = Article.Status.DRAFT
        rising.save()
        assert rising.title not in _most_read(client)


def test_identity_edits_show_without_restart(client, site):
    client.get("/")
    identity = SiteIdentity.objects.get()
    identity.name = "Trung tâm Văn hóa huyện Mới"
    identity.save()
    assert "Trung tâm Văn hóa huyện Mới" in text(client.get("/"))


def test_category_page_has_breadcrumbs_children_and_child_articles(client, site):
    culture, sport = site.categories[1], site.categories[2]
    html = text(client.get(culture.get_absolute_url()))
    assert '<nav class="breadcrumbs"' in html
    assert f'href="{sport.get_absolute_url()}"' in html  # child category link
    child_article = next(a for a in site.published if a.category == sport)
    assert child_article.title in html
    child_html = text(client.get(sport.get_absolute_url()))
    assert f'<a href="{culture.get_absolute_url()}">{culture.name}</a>' in child_html


@pytest.mark.parametrize("junk", ["abc", "-3", "0", "9999999999999999999999", "2.5", "%00", ""])
def test_pagination_junk_gives_a_sane_page(client, junk):
    category = make_category("Tin tức")
    for _ in range(23):
        make_article(category=category)
    response = client.get(category.get_absolute_url(), {"page": junk})
    assert response.status_code == 200
    assert text(response).count('class="card"') in (20, 3)


def test_pagination_links_keep_other_query_parameters(client):
    category = make_category("Tin tức")
    for _ in range(45):
        make_article(category=category)
    html = text(client.get(category.get_absolute_url(), {"page": "2", "utm_source": "zalo"}))
    assert 'href="?utm_source=zalo&amp;page=3"' in html
    assert 'href="?utm_source=zalo"' in html  # page 1 drops the page parameter
    assert '<span aria-current="page">2</span>' in html
    assert f'rel="canonical" href="http://testserver{category.get_absolute_url()}?page=2"' in html


def test_article_page_has_everything_a_reader_needs(client, site):
    article = site.published[0]
    response = client.get(article.get_absolute_url())
    html = text(response)
    assert response.status_code == 200
    assert f"<h1>{article.title}</h1>" in html
    assert re.search(r"(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d/\d\d/\d{4} \d\d:\d\d", html)
    assert "Trần Thị Bình – Trung tâm VHTT&amp;TT huyện" in html
    assert "Nguồn: Báo Tân Phú" in html
    assert 'srcset="' in html and "480w" in html and "<figcaption>" in html
    assert "Các tin tức liên quan" in html and "Tin khác" in html
    assert reverse("articles:tag", kwargs={"slug": "tan-phu"}) in html
    assert "facebook.com/sharer" in html
    print_url = reverse(
        "articles:print",
        kwargs={"category": article.category.slug, "slug": article.slug, "pk": article.pk},
    )
    assert print_url in html
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image" content="http://testserver/media/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert ld["@type"] == "NewsArticle" and ld["headline"] == article.title
    assert ld["author"][0]["name"] == "Trần Thị Bình"
    assert len(response.content) < 60 * 1024
    # Views are counted by the beacon (articles.view_counts), so the page stays cacheable.
    assert f'data-view-count-url="/luot-xem/{article.pk}/"' in html


def test_article_body_youtube_embed_becomes_nocookie_iframe(client):
    article = make_article(
        body='<figure class="media"><oembed url="https://youtu.be/dQw4w9WgXcQ"></oembed></figure>'
    )
    html = text(client.get(article.get_absolute_url()))
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in html


def test_related_puts_editor_picks_first(client, site, django_capture_on_commit_callbacks):
    article, pick = site.published[0], site.published[10]
    with django_capture_on_commit_callbacks(execute=True):  # lists refresh after commit
        article.related_picks.add(pick)
    html = text(client.get(article.get_absolute_url()))
    related = html.split('id="related-heading"')[1].split("</section>")[0]
    first_card = related.split('class="card__title"')[1]
    assert pick.title in first_card


def test_headline_is_escaped_never_trusted(client):
    article = make_article(title='<script>alert("x")</script> Tin')
    html = text(client.get(article.get_absolute_url()))
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_old_slug_and_wrong_category_redirect_permanently(client, site):
    article = site.published[0]
    old_url = article.get_absolute_url()
    article.slug = "ten-moi-cua-bai"
    article.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    wrong = reverse(
        "articles:detail", kwargs={"category": "sai", "slug": article.slug, "pk": article.pk}
    )
    assert client.get(wrong)["Location"] == article.get_absolute_url()


def test_print_view_is_clean_and_not_indexed(client, site):
    article = site.published[0]
    url = reverse(
        "articles:print",
        kwargs={"category": article.category.slug, "slug": article.slug, "pk": article.pk},
    )
    response = client.get(url)
    html = text(response)
    assert response["X-Robots-Tag"] == "noindex"
    assert article.title in html and "Các tin tức liên quan" not in html
    assert "data-print" in html and '<nav class="menu"' not in html
    assert f'href="http://testserver{article.get_absolute_url()}"' in html


def test_author_and_tag_pages_list_their_articles(client, site):
    author = site.authors[0]
    html = text(client.get(author.get_absolute_url()))
    assert author.name in html
    assert all(a.title in html for a in site.published[:8] if author in a.authors.all())
    tag_html = text(client.get(reverse("articles:tag", kwargs={"slug": "the-thao"})))
    assert "Thẻ: thể thao" in tag_html
    assert site.published[0].title in tag_html and site.published[1].title not in tag_html
    assert client.get("/the/khong-co/").status_code == 404


def test_static_page_and_english_version(client, site):
    about = site.pages[0]
    html = text(client.get(about.get_absolute_url()))
    assert "<h1>Giới thiệu</h1>" in html and 'hreflang="en"' in html
    english = text(client.get(about.get_english_url()))
    assert (
        '<article class="article static-page" lang="en">' in english
        and "<h1>About us</h1>" in english
    )
    assert client.get(site.pages[1].get_english_url()).status_code == 404  # no English text
    assert client.get(site.pages[2].get_absolute_url()).status_code == 404  # unpublished


def test_category_slugs_cannot_take_site_paths():
    category = Category(name="Thẻ", slug="the")
    with pytest.raises(ValidationError):
        category.full_clean()
    assert make_category("Thẻ").slug != "the"
    assert make_category("RSS").slug != "rss"


def test_404_is_vietnamese_in_site_design(client, site):
    response = client.get("/khong-co-chuyen-muc-nay/")
    assert response.status_code == 404
    html = text(response)
    assert "Không tìm thấy trang" in html and "Tân Phú" in html


def test_database_outage_gives_a_vietnamese_503_page_without_trace(client):
    client.raise_request_exception = False
    with database_unreachable():
        response = client.get("/")
    html = text(response)
    assert response.status_code == 503
    assert "Trang tạm thời gián đoạn" in html
    assert "Traceback" not in html and "OperationalError" not in html


def test_500_page_is_vietnamese_and_shows_no_trace(rf):
    try:
        raise RuntimeError("secret detail")
    except RuntimeError:
        response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in html
    assert "secret detail" not in html and "Traceback" not in html


def test_site_identity_is_a_single_row():
    SiteIdentity.objects.create(name="Trung tâm A")
    second = SiteIdentity(name="Trung tâm B")
    with pytest.raises(ValidationError):
        second.full_clean()


def test_admin_edits_identity_portals_and_static_pages_in_the_rich_text_editor(admin_client):
    for url in ["/admin/pages/siteidentity/add/", "/admin/pages/portallink/add/"]:
        assert admin_client.get(url).status_code == 200
    form = admin_client.get("/admin/pages/staticpage/add/").content.decode()
    assert 'class="django_ckeditor_5" id="id_body"' in form
    assert 'class="django_ckeditor_5" id="id_body_en"' in form
    response = admin_client.post(
        "/admin/pages/staticpage/add/",
        {
            "title": "Liên hệ",
            "slug": "lien-he",
            "body": "<p>Gọi 0251</p>",
            "position": 0,
            "is_published": "on",
            "title_en": "",
            "body_en": "",
        },
    )
    assert response.status_code == 302
    assert StaticPage.objects.get(slug="lien-he").body == "<p>Gọi 0251</p>"


def _current_menu_entry(html):
    header = html.split('<nav class="menu"')[1].split("</nav>")[0]
    return re.findall(r'<a href="([^"]+)" aria-current="page">', header)


def test_the_kept_header_marks_each_page_and_follows_an_identity_change(client, site, settings):
    settings.PUBLIC_PAGE_CACHE = False
    first, second = site.categories[0], site.categories[1]
    for _ in range(2):  # the second round comes from the kept header
        assert _current_menu_entry(text(client.get("/"))) == ["/"]
        assert _current_menu_entry(text(client.get(first.get_absolute_url()))) == [
            first.get_absolute_url()
        ]
        assert _current_menu_entry(text(client.get(second.get_absolute_url()))) == [
            second.get_absolute_url()
        ]
        assert _current_menu_entry(text(client.get("/tim-kiem/"))) == []
    identity = SiteIdentity.objects.get()
    identity.name = "Trung tâm Văn hóa huyện Mới"
    identity.save()
    assert "Trung tâm Văn hóa huyện Mới" in text(client.get(first.get_absolute_url()))
