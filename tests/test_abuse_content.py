"""Abuse resistance of what editors write and see: no draft leaks through "view on site",
bounded bodies, nofollow for other hosts, throttled uploads, Vietnamese 400/403 pages."""

import io
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from articles.models import Article
from core.sanitize import sanitize_html
from tests.admin_helpers import article_form_data, change_url
from tests.factories import make_article

pytestmark = pytest.mark.django_db

DEEP = "<blockquote>" * 10_000 + "<p>Trích dẫn</p>" + "</blockquote>" * 10_000


def view_on_site(client, article):
    content_type = ContentType.objects.get_for_model(Article)
    return client.get(f"/admin/r/{content_type.pk}/{article.pk}/")


# --- 1. "view on site" never reveals another person's unpublished title ---------------------


@pytest.mark.parametrize(
    "status, delay",
    [("draft", None), ("pending", None), ("published", timedelta(days=3))],  # scheduled
)
def test_view_on_site_does_not_reveal_someone_elses_unpublished_article(
    reporter_client, status, delay
):
    published_at = timezone.now() + delay if delay else None
    article = make_article(
        "Bổ nhiệm chủ tịch mới (cấm đăng)", status=status, published_at=published_at
    )
    response = view_on_site(reporter_client, article)
    assert response.status_code == 404
    assert article.slug not in response.get("Location", "")


def test_view_on_site_leads_an_own_draft_to_its_preview(reporter_client, reporter):
    article = make_article("Bài nháp của tôi", status="draft", created_by=reporter)
    response = view_on_site(reporter_client, article)
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:preview", kwargs={"pk": article.pk})


def test_view_on_site_leads_an_editor_to_the_preview_of_a_pending_article(editor_client):
    article = make_article("Tin chờ duyệt", status="pending")
    response = view_on_site(editor_client, article)
    assert response["Location"] == reverse("articles:preview", kwargs={"pk": article.pk})


def test_view_on_site_of_a_published_article_is_its_public_page(reporter_client):
    article = make_article("Tin đã đăng")
    assert view_on_site(reporter_client, article)["Location"] == article.get_absolute_url()


def test_view_on_site_still_needs_a_staff_login(client):
    article = make_article("Tin đã đăng")
    response = view_on_site(client, article)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


# --- 5. bodies: bounded nesting, bounded length ---------------------------------------------


def test_deep_nesting_is_flattened_when_sanitizing(settings):
    cleaned = sanitize_html(DEEP)
    assert cleaned.count("<blockquote>") == settings.RICH_TEXT_MAX_DEPTH
    assert "<p>Trích dẫn</p>" not in cleaned or cleaned.count("<") < 50
    assert "Trích dẫn" in cleaned
    assert sanitize_html(cleaned) == cleaned


def test_ordinary_nesting_is_kept():
    body = "<blockquote><ul><li><p>Một <strong>hai</strong></p></li></ul></blockquote>"
    assert sanitize_html(body) == body


def test_a_body_over_the_cap_gets_a_clear_vietnamese_error(editor_client, settings):
    settings.ARTICLE_BODY_MAX_CHARS = 1_000
    article = make_article("Bài dài")
    data = article_form_data(article, editor_fields=True, body="<p>" + "chữ " * 400 + "</p>")
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["body"]
    assert "Nội dung bài quá dài" in errors[0]
    assert "1.607 ký tự" in errors[0] and "tối đa 1.000" in errors[0]
    assert Article.objects.get(pk=article.pk).body != data["body"]


# --- 6. nofollow for links to other hosts ---------------------------------------------------


def test_links_to_other_hosts_get_nofollow(settings):
    settings.ALLOWED_HOSTS = ["tin.huyenx.gov.vn", "ttvh-huyenx.vn"]
    body = (
        '<p><a href="https://spam.example/thuoc">a</a> '
        '<a href="http://ttvh-huyenx.vn/van-hoa/">b</a> '
        '<a href="/the-thao/bong-da-1.html">c</a> '
        '<a href="https://chinhphu.vn/">d</a> '
        '<a href="https://bvhttdl.gov.vn/">e</a> '
        '<a href="https://gov.vn.spam.example/">f</a> '
        '<a href="mailto:ttvh@example.vn">g</a></p>'
    )
    cleaned = sanitize_html(body)
    nofollow = 'rel="nofollow noopener noreferrer"'
    assert f'<a href="https://spam.example/thuoc" {nofollow}>a</a>' in cleaned
    assert f'<a href="https://gov.vn.spam.example/" {nofollow}>f</a>' in cleaned
    assert cleaned.count("nofollow") == 2
    assert sanitize_html(cleaned) == cleaned


def test_the_public_page_shows_nofollow_on_a_spam_link(client):
    article = make_article(body='<p>Xem <a href="https://casino.example/">đây</a></p>')
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'href="https://casino.example/" rel="nofollow noopener noreferrer"' in page


# --- 4. upload throttle and quota -------------------------------------------------------


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def _upload(client):
    upload = SimpleUploadedFile("anh.jpg", _jpeg(), "image/jpeg")
    return client.post(reverse("articles:editor-image-upload"), {"upload": upload})


def _files(settings) -> int:
    root = Path(settings.MEDIA_ROOT)
    return sum(1 for p in root.rglob("*") if p.is_file()) if root.exists() else 0


def _assert_refused(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "quá nhiều ảnh" in response.json()["error"]["message"]


def test_uploads_per_minute_are_limited_and_nothing_is_written(reporter_client, settings):
    settings.UPLOADS_PER_MINUTE = 5
    with time_machine.travel(timezone.now().replace(second=1), tick=False) as clock:
        assert [_upload(reporter_client).status_code for _ in range(5)] == [200] * 5
        stored = _files(settings)
        _assert_refused(_upload(reporter_client))
        assert _files(settings) == stored
        clock.shift(60)
        assert _upload(reporter_client).status_code == 200


def test_uploads_per_day_are_limited(reporter_client, settings):
    settings.UPLOADS_PER_DAY = 3
    assert [_upload(reporter_client).status_code for _ in range(3)] == [200] * 3
    _assert_refused(_upload(reporter_client))


def test_upload_bytes_per_day_are_limited(reporter_client, other_reporter, settings):
    settings.UPLOAD_BYTES_PER_DAY = len(_jpeg()) * 2
    assert _upload(reporter_client).status_code == 200
    assert _upload(reporter_client).status_code == 200
    stored = _files(settings)
    _assert_refused(_upload(reporter_client))
    assert _files(settings) == stored
    other = Client()
    other.force_login(other_reporter)
    assert _upload(other).status_code == 200  # the quota is per user


# --- 400 and 403 pages in Vietnamese --------------------------------------------------------


def test_the_400_page_is_vietnamese(client, settings):
    settings.DEBUG = False
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    page = response.content.decode()
    assert '<html lang="vi">' in page
    assert "Yêu cầu không hợp lệ" in page
    assert "Bad Request" not in page


def test_the_403_page_is_vietnamese(reporter_client, other_reporter):
    article = make_article("Bài của người khác", status="draft", created_by=other_reporter)
    delete = reverse("admin:articles_article_delete", args=[article.pk])
    response = reporter_client.post(delete, {"post": "yes"})
    assert response.status_code == 403
    page = response.content.decode()
    assert '<html lang="vi"' in page  # the admin's own frame (tests/test_admin_roles.py)
    assert "Không có quyền truy cập" in page


def test_resanitize_bodies_brings_older_articles_under_the_new_rules():
    old = make_article("Bài cũ")
    body = DEEP + '<p><a href="https://spam.example/" rel="noopener noreferrer">x</a></p>'
    Article.objects.filter(pk=old.pk).update(body=body)  # as saved before these rules
    untouched = make_article("Bài bình thường", body="<p>Tin.</p>")
    out = io.StringIO()
    call_command("resanitize_bodies", stdout=out)
    assert "1 bài viết" in out.getvalue()
    cleaned = Article.objects.get(pk=old.pk).body
    assert cleaned.count("<blockquote>") == 20
    assert 'rel="nofollow noopener noreferrer"' in cleaned
    assert Article.objects.get(pk=untouched.pk).body == "<p>Tin.</p>"
    call_command("resanitize_bodies", stdout=out)
    assert out.getvalue().endswith("Đã làm sạch lại 0 bài viết.\n")
