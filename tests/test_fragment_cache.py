"""The article page's cached fragments: reused while nothing changes, never stale after."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from articles.article_page import forget_local_fragments
from articles.models import Article
from articles.related import store_related
from pages.models import SiteIdentity
from tests import redis_support
from tests.factories import make_article, make_author, make_category


@pytest.fixture(params=["locmem", "redis"])
def fragment_cache(request, settings, db):
    """Fragments over local memory and over the real Redis server (full-page cache off)."""
    settings.PUBLIC_PAGE_CACHE = False
    prefix = redis_support.unique_prefix()
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "newsroom.redis_cache.RedisCache",  # the one production uses
                "LOCATION": redis_support.REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
    yield request.param
    if request.param == "redis":
        redis_support.delete_keys(prefix)
    else:
        cache.clear()


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def sneak(article, **fields):
    """Change a row behind the cache's back (no signal, same updated_at)."""
    Article.objects.filter(pk=article.pk).update(**fields)


def test_fragments_are_reused_until_the_article_is_saved(client, fragment_cache):
    article = make_article("Lễ hội đình làng", body="<p>Bản đầu tiên.</p>")
    url = article.get_absolute_url()
    first = text(client, url)
    sneak(article, body="<p>Sửa lén trong cơ sở dữ liệu.</p>")
    assert text(client, url) == first  # served from the fragments
    article.refresh_from_db()
    article.body = "<p>Bản đã biên tập.</p>"
    article.save()
    page = text(client, url)
    assert "Bản đã biên tập." in page and "Bản đầu tiên." not in page


def test_renaming_an_author_shows_in_the_byline_and_json_ld(client, fragment_cache):
    author = make_author("Phạm Thu Hà", unit="")
    url = make_article(authors=[author]).get_absolute_url()
    assert "Phạm Thu Hà" in text(client, url)
    author.name = "Phạm Thị Thu Hà"
    author.save()
    page = text(client, url)
    assert page.count("Phạm Thị Thu Hà") >= 2  # byline and JSON-LD
    assert "Phạm Thu Hà" not in page


def test_tags_added_or_renamed_show_at_once(client, fragment_cache):
    article = make_article(tags=["lễ hội"])
    url = article.get_absolute_url()
    assert "lễ hội" in text(client, url)
    article.tags.add("đua thuyền")
    assert "đua thuyền" in text(client, url)
    tag = Tag.objects.get(name="lễ hội")
    tag.name = "lễ hội truyền thống"
    tag.save()
    assert "lễ hội truyền thống" in text(client, url)


def test_renaming_a_category_shows_in_breadcrumbs_and_menu(client, fragment_cache):
    category = make_category("Văn nghệ")
    url = make_article(category=category).get_absolute_url()
    assert "Văn nghệ" in text(client, url)
    category.name = "Văn hóa – Văn nghệ"
    category.save()
    page = text(client, url)
    assert page.count("Văn hóa – Văn nghệ") >= 3  # menu, breadcrumbs, article:section
    assert ">Văn nghệ<" not in page


def test_a_newly_published_article_shows_in_other_news(client, fragment_cache):
    url = make_article("Tin đang đọc").get_absolute_url()
    draft = make_article("Tin mới lên trang", status=Article.Status.DRAFT)
    assert "Tin mới lên trang" not in text(client, url)
    draft.status = Article.Status.PUBLISHED
    draft.published_at = timezone.now()
    draft.save()
    assert "Tin mới lên trang" in text(client, url)


def test_a_scheduled_article_shows_in_other_news_when_its_time_comes(client, fragment_cache):
    url = make_article("Tin đang đọc").get_absolute_url()
    make_article("Tin hẹn giờ", published_at=timezone.now() + timedelta(minutes=5))
    assert "Tin hẹn giờ" not in text(client, url)
    with time_machine.travel(timezone.now() + timedelta(minutes=6), tick=False):
        assert "Tin hẹn giờ" in text(client, url)


def test_an_unpublished_neighbour_leaves_the_related_list(client, fragment_cache):
    category = make_category("Thể thao")
    article = make_article("Đua thuyền trên sông", category=category, tags=["đua thuyền"])
    neighbour = make_article("Đội đua thuyền xã", category=category, tags=["đua thuyền"])
    store_related(article.pk)
    url = article.get_absolute_url()
    assert "Đội đua thuyền xã" in text(client, url)
    neighbour.status = Article.Status.DRAFT
    neighbour.save()  # the stored row stays until refreshed; the read filters it out
    assert "Đội đua thuyền xã" not in text(client, url)


def test_a_site_identity_change_shows_in_header_footer_and_title(client, fragment_cache):
    url = make_article().get_absolute_url()
    identity = SiteIdentity.objects.create(name="Trung tâm VHTT&TT huyện Hòa Sơn")
    assert "Hòa Sơn" in text(client, url)
    identity.name = "Trung tâm VHTT&TT huyện Hòa Bình"
    identity.save()
    page = text(client, url)
    assert page.count("Hòa Bình") >= 3 and "Hòa Sơn" not in page


def test_previews_never_use_or_fill_the_public_fragments(client, fragment_cache, editor):
    article = make_article("Bài xem trước", body="<p>Bản công khai.</p>")
    draft = make_article("Bản nháp", status=Article.Status.DRAFT, body="<p>Nháp một.</p>")
    public_url = article.get_absolute_url()
    assert "Bản công khai." in text(client, public_url)
    client.force_login(editor)
    sneak(article, body="<p>Bản trong cơ sở dữ liệu.</p>")
    assert "Bản trong cơ sở dữ liệu." in text(
        client, reverse("articles:preview", kwargs={"pk": article.pk})
    )
    draft_preview = reverse("articles:preview", kwargs={"pk": draft.pk})
    assert "Nháp một." in text(client, draft_preview)
    sneak(draft, body="<p>Nháp hai.</p>")
    assert "Nháp hai." in text(client, draft_preview)
    client.logout()
    assert "Bản công khai." in text(client, public_url)  # what the public saw, unchanged


def test_the_article_page_is_served_when_the_cache_server_is_down(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.redis_cache.RedisCache",  # the one production uses
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    url = make_article("Tin vẫn đọc được", authors=[make_author("Đỗ Minh")]).get_absolute_url()
    page = text(client, url)
    assert "Tin vẫn đọc được" in page and "Đỗ Minh" in page


def test_an_article_id_beyond_any_row_is_404(client, db):
    article = make_article()
    url = article.get_absolute_url().replace(f"-{article.pk}.html", f"-{2**63}.html")
    assert client.get(url).status_code == 404


def test_a_publication_elsewhere_keeps_the_story_and_refreshes_other_news(client, fragment_cache):
    """After each publication (a new content version) the page is rebuilt around its kept
    story: the article's own parts are not rendered again, what surrounds it is."""
    article = make_article("Lễ hội đình làng", body="<p>Bản đã đăng.</p>")
    url = article.get_absolute_url()
    text(client, url)
    sneak(article, body="<p>Sửa lén trong cơ sở dữ liệu.</p>")
    make_article("Tin vừa đăng ở chuyên mục khác")
    page = text(client, url)
    assert "Tin vừa đăng ở chuyên mục khác" in page  # "Tin khác" follows the new version
    assert "Bản đã đăng." in page  # the story was kept: nothing of it changed
    article.refresh_from_db()
    article.save()  # any save moves changed_at: the story is rendered again
    assert "Sửa lén trong cơ sở dữ liệu." in text(client, url)


def test_resanitizing_bodies_shows_on_the_page(client, fragment_cache):
    article = make_article("Bài cũ")
    sneak(
        article, body='<p><a href="https://spam.example/" rel="noopener">x</a></p>'
    )  # older rules
    url = article.get_absolute_url()
    assert 'rel="noopener"' in text(client, url)
    call_command("resanitize_bodies", stdout=io.StringIO())
    assert 'href="https://spam.example/" rel="nofollow noopener noreferrer"' in text(client, url)


def test_another_worker_reads_the_fragments_from_the_shared_cache(
    client, fragment_cache, settings, django_assert_num_queries
):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600  # no clock in the count
    url = make_article("Lễ hội đình làng", authors=[make_author("Đỗ Minh")]).get_absolute_url()
    first = text(client, url)
    forget_local_fragments()  # as a worker that never served this page
    with django_assert_num_queries(1):  # is it public; every fragment from the shared cache
        assert text(client, url) == first


def test_a_worker_serves_its_own_copies_and_still_shows_an_edit(
    client, db, settings, django_assert_num_queries
):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    article = make_article("Lễ hội đình làng", body="<p>Bản đầu tiên.</p>")
    url = article.get_absolute_url()
    first = text(client, url)
    cache.clear()  # the shared cache lost everything: this process still has the fragments
    with django_assert_num_queries(1):
        assert text(client, url) == first
    article.body = "<p>Bản đã biên tập.</p>"
    article.save()
    page = text(client, url)
    assert "Bản đã biên tập." in page and "Bản đầu tiên." not in page
