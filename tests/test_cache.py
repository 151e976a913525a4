"""The full-page cache: readers get cached pages, and every change shows at once."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection, transaction
from django.utils import timezone

from articles import page_cache as public_pages
from articles.models import Article
from core.content_version import SEQUENCE, bump_content_version, content_version, forget_local
from tests.factories import make_article, make_author, make_category, make_user


def sneak_title(article, title):
    """Change a row behind the page cache's back (no signal, so the content version stays), to
    see what is served from it. Dated as a save dates it: what is kept per article version
    (cards, links) is keyed on that date, the page cache is not."""
    Article.objects.filter(pk=article.pk).update(title=title, updated_at=timezone.now())


def text(response):
    return response.content.decode()


def test_anonymous_pages_are_served_from_the_cache(client, page_cache, db):
    article = make_article("Lễ hội đền Hùng")
    assert "Lễ hội đền Hùng" in text(client.get("/"))
    sneak_title(article, "Tiêu đề đổi lén")
    second = client.get("/")
    assert "Lễ hội đền Hùng" in text(second)
    assert "Tiêu đề đổi lén" not in text(second)


def test_public_page_headers_let_a_cdn_cache_briefly(client, page_cache, db, settings):
    settings.PUBLIC_PAGE_MAX_AGE = 45
    make_article()
    response = client.get("/")
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"public", "max-age=45"} <= directives
    assert "Cookie" in response["Vary"]
    assert response.has_header("ETag") and response.has_header("Last-Modified")


def test_publishing_a_draft_shows_on_cached_pages(client, page_cache, db):
    category = make_category("Văn hóa")
    draft = make_article("Bài đang soạn", category=category, status=Article.Status.DRAFT)
    assert "Bài đang soạn" not in text(client.get("/"))
    assert "Bài đang soạn" not in text(client.get(category.get_absolute_url()))
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert "Bài đang soạn" in text(client.get("/"))
    assert "Bài đang soạn" in text(client.get(category.get_absolute_url()))


def test_editing_an_article_shows_on_its_cached_page_and_lists(client, page_cache, db):
    article = make_article("Tiêu đề cũ")
    url = article.get_absolute_url()
    assert "Tiêu đề cũ" in text(client.get(url))
    assert "Tiêu đề cũ" in text(client.get("/"))
    article.title = "Tiêu đề đã sửa"
    article.save()
    assert "Tiêu đề đã sửa" in text(client.get(url))
    assert "Tiêu đề đã sửa" in text(client.get("/"))


def test_unpublishing_removes_the_article_from_cached_pages(client, page_cache, db):
    article = make_article("Tin sẽ gỡ")
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    assert "Tin sẽ gỡ" in text(client.get("/"))
    article.status = Article.Status.DRAFT
    article.save()
    assert client.get(url).status_code == 404
    assert "Tin sẽ gỡ" not in text(client.get("/"))


def test_deleting_an_article_removes_it_from_cached_pages(client, page_cache, db):
    article = make_article("Tin sẽ xoá")
    assert "Tin sẽ xoá" in text(client.get("/"))
    article.delete()
    assert "Tin sẽ xoá" not in text(client.get("/"))


def test_moving_an_article_to_another_category_shows_on_both(client, page_cache, db):
    old, new = make_category("Thể thao"), make_category("Du lịch")
    article = make_article("Giải bóng đá huyện", category=old)
    assert "Giải bóng đá huyện" in text(client.get(old.get_absolute_url()))
    assert "Giải bóng đá huyện" not in text(client.get(new.get_absolute_url()))
    article.category = new
    article.save()
    assert "Giải bóng đá huyện" not in text(client.get(old.get_absolute_url()))
    assert "Giải bóng đá huyện" in text(client.get(new.get_absolute_url()))


def test_renaming_a_category_shows_on_cached_article_pages(client, page_cache, db):
    category = make_category("Tin tức")
    article = make_article(category=category)
    url = article.get_absolute_url()
    assert "Tin tức" in text(client.get(url))
    category.name = "Tin tức – Sự kiện"
    category.save()
    assert "Tin tức – Sự kiện" in text(client.get(url))


def test_changing_authors_shows_on_the_cached_article_page(client, page_cache, db):
    first = make_author("Nguyễn Văn An")
    article = make_article(authors=[first])
    url = article.get_absolute_url()
    assert "Nguyễn Văn An" in text(client.get(url))
    article.authors.set([make_author("Trần Thị Bình")])  # m2m_changed, no save
    assert "Trần Thị Bình" in text(client.get(url))
    assert "Nguyễn Văn An" not in text(client.get(url))


def test_editing_an_author_shows_on_the_cached_article_page(client, page_cache, db):
    author = make_author("Lê Văn Cường", unit="Đài truyền thanh")
    url = make_article(authors=[author]).get_absolute_url()
    assert "Đài truyền thanh" in text(client.get(url))
    author.unit = "Trung tâm VHTT&TT huyện"
    author.save()
    assert "Trung tâm VHTT&amp;TT huyện" in text(client.get(url))


def test_signed_in_users_are_never_served_or_stored(client, page_cache, db):
    article = make_article("Bản gốc")
    editor = make_user(is_staff=True)
    client.get("/")  # an anonymous reader fills the cache
    sneak_title(article, "Bản mới")
    client.force_login(editor)
    response = client.get("/")
    assert "Bản mới" in text(response)  # not the cached copy
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    sneak_title(article, "Bản của biên tập viên")
    client.get("/")  # rendered for the editor: must not be stored for readers
    client.logout()
    assert "Bản của biên tập viên" not in text(client.get("/"))


def test_conditional_get_answers_304_until_content_changes(client, page_cache, db):
    article = make_article("Tin có ETag")
    first = client.get("/")
    etag, modified = first["ETag"], first["Last-Modified"]
    not_modified = client.get("/", headers={"if-none-match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert client.get("/", headers={"if-modified-since": modified}).status_code == 304
    article.title = "Tin đã đổi"
    article.save()
    changed = client.get("/", headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Tin đã đổi" in text(changed)


def test_conditional_get_works_with_the_store_off(client, db):
    make_article()
    etag = client.get("/")["ETag"]
    assert client.get("/", headers={"if-none-match": etag}).status_code == 304


def test_scheduled_article_appears_on_time_with_caching_on(client, page_cache, db, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 3600  # only the schedule can refresh the page
    make_article("Tin đã đăng")
    due = timezone.now() + timedelta(minutes=10)
    make_article("Tin hẹn giờ", published_at=due)
    assert "Tin hẹn giờ" not in text(client.get("/"))
    with time_machine.travel(due - timedelta(seconds=5), tick=False):
        assert "Tin hẹn giờ" not in text(client.get("/"))
    with time_machine.travel(due + timedelta(seconds=1), tick=False):
        page = text(client.get("/"))
        assert "Tin hẹn giờ" in page
        assert "Tin đã đăng" in page


@pytest.mark.django_db
@pytest.mark.urls("tests.page_cache_urls")
class TestWhatIsStored:
    """Routes that show a fresh render number each time they are rendered."""

    def test_a_marked_page_is_rendered_once(self, client, page_cache):
        first = text(client.get("/t/counter/"))
        assert text(client.get("/t/counter/")) == first

    def test_tracking_parameters_share_the_page_and_declared_ones_split_it(
        self, client, page_cache
    ):
        plain = text(client.get("/t/counter/"))
        assert text(client.get("/t/counter/?fbclid=abc&utm_source=zalo")) == plain
        second = text(client.get("/t/counter/?page=2"))
        assert second != plain and "page=2" in second
        assert text(client.get("/t/counter/?page=2&utm_medium=x")) == second

    def test_odd_declared_parameters_are_rendered_but_not_stored(self, client, page_cache):
        url = "/t/counter/?page=1&page=2"
        assert text(client.get(url)) != text(client.get(url))
        long = "/t/counter/?page=" + "9" * 100
        assert text(client.get(long)) != text(client.get(long))

    @pytest.mark.parametrize(
        "url", ["/t/unmarked/", "/t/never-cached/", "/t/cookie/", "/t/csrf/", "/t/not-found/"]
    )
    def test_private_or_personal_responses_are_never_stored(self, client, page_cache, url):
        assert text(client.get(url)) != text(client.get(url))

    def test_never_cache_headers_are_kept(self, client, page_cache):
        response = client.get("/t/never-cached/")
        assert "public" not in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]

    def test_post_is_never_served_from_the_cache(self, client, page_cache):
        first = text(client.get("/t/counter/"))
        assert text(client.post("/t/counter/")) != first

    def test_the_store_can_be_turned_off(self, client, page_cache, settings):
        settings.PUBLIC_PAGE_CACHE = False
        assert text(client.get("/t/counter/")) != text(client.get("/t/counter/"))


def test_a_change_made_by_another_worker_shows_within_a_second(client, page_cache, db, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 1
    article = make_article("Trước khi sửa")
    assert "Trước khi sửa" in text(client.get("/"))
    sneak_title(article, "Sửa ở worker khác")
    with connection.cursor() as cursor:  # what the other worker's signal did, unseen here
        cursor.execute("SELECT nextval(%s)", [SEQUENCE])
    with time_machine.travel(timezone.now() + timedelta(seconds=2), tick=False):
        assert "Sửa ở worker khác" in text(client.get("/"))


def test_a_bump_reports_the_number_readers_see(db):
    # The grace period and the withdrawal barrier are keyed on the number a bump reports.
    version = bump_content_version()
    forget_local()
    assert content_version() == version


def test_saving_an_article_with_its_relations_moves_the_version_once_after_commit(
    db, django_capture_on_commit_callbacks
):
    """Not once per signal (tags, authors…), nor before commit: every number another worker
    reads makes it rebuild every page it serves, from the old rows before the commit."""
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        article = make_article("Lễ hội đua thuyền", category=make_category("Văn hóa"))
        article.tags.add("lễ hội", "đua thuyền")
        article.authors.add(make_author("Lan Anh"))
        with connection.cursor() as cursor:  # what other workers read meanwhile
            cursor.execute(f"SELECT last_value + is_called::int FROM {SEQUENCE}")  # noqa: S608
            assert cursor.fetchone()[0] == before
    forget_local()
    assert content_version() == before + 1


def test_pages_are_served_when_the_cache_server_is_down(client, db, settings):
    settings.PUBLIC_PAGE_CACHE = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    make_article("Tin vẫn đọc được")
    response = client.get("/")
    assert response.status_code == 200
    assert "Tin vẫn đọc được" in text(response)


def test_head_requests_are_answered_from_the_cache(client, page_cache, db):
    article = make_article("Tin cho HEAD")
    etag = client.get("/")["ETag"]
    sneak_title(article, "Đổi sau khi lưu")
    head = client.head("/")
    assert head.status_code == 200
    assert head["ETag"] == etag


def test_a_page_is_not_served_past_its_lifetime_from_the_shared_cache(client, db, settings):
    """The shared cache keeps a page as long as its last copy (for stale-while-revalidate),
    but serves it as the page only until PUBLIC_PAGE_CACHE_SECONDS, like each worker's own.
    (Local memory stands for the shared cache here: Redis keeps its own clock, which the
    test's time travel does not move.)"""
    settings.PUBLIC_PAGE_CACHE = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    article = make_article("Trước khi sửa")
    assert "Trước khi sửa" in text(client.get("/"))
    sneak_title(article, "Sửa không qua tín hiệu")  # no new content version
    public_pages._local_pages.clear()  # another worker: only the shared cache holds the page
    assert "Trước khi sửa" in text(client.get("/"))
    public_pages._local_pages.clear()
    with time_machine.travel(timezone.now() + timedelta(seconds=61), tick=False):
        assert "Sửa không qua tín hiệu" in text(client.get("/"))
