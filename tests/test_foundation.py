import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from core.text import vietnamese_slugify
from tests.factories import make_article, make_category
from tests.outage import database_unreachable

ROOT = Path(__file__).resolve().parent.parent


def _run_check(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "newsroom.settings"
    env.setdefault("DATABASE_URL", "postgres://u@127.0.0.1:1/none")
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"DEBUG": "0", "ALLOWED_HOSTS": "tin.example.vn"}, "SECRET_KEY"),
        ({"DEBUG": "0", "SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"DEBUG": "0", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_required_settings(overrides, message):
    result = _run_check(overrides)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_required_settings():
    result = _run_check({"DEBUG": "0", "SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "tin.example.vn"})
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


@pytest.mark.django_db
def test_healthz_503_when_database_is_unreachable(client, settings):
    with database_unreachable():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hội nghị tổng kết công tác Đảng năm 2020", "hoi-nghi-tong-ket-cong-tac-dang-nam-2020"),
        ("ĐẠI HỘI ĐỒNG đội", "dai-hoi-dong-doi"),
        ("Lễ hội Đền Hùng – Giỗ Tổ", "le-hoi-den-hung-gio-to"),
        ("Thể dục: “Ngày chạy Olympic” 2024!", "the-duc-ngay-chay-olympic-2024"),
        ("Ho\u0302\u0323i nghi\u0323", "hoi-nghi"),  # decomposed (NFD) input
    ],
)
def test_vietnamese_slugs(title, slug):
    assert vietnamese_slugify(title) == slug


@pytest.mark.django_db
def test_duplicate_titles_get_distinct_slugs():
    category = make_category()
    first = make_article("Hội nghị tổng kết", category=category)
    second = make_article("Hội nghị tổng kết", category=category)
    third = make_article("Hội  nghị tổng kết!", category=category)
    assert first.slug == "hoi-nghi-tong-ket"
    assert second.slug == "hoi-nghi-tong-ket-2"
    assert third.slug == "hoi-nghi-tong-ket-3"


@pytest.mark.django_db
def test_text_is_stored_as_nfc():
    article = make_article("Ho\u0302\u0323i nghi\u0323")
    article.refresh_from_db()
    assert article.title == "Hội nghị"


@pytest.mark.django_db
def test_published_queryset_visibility_matrix():
    now = timezone.now()
    category = make_category()
    visible = make_article(category=category, published_at=now - timedelta(minutes=1))
    make_article(category=category, status=Article.Status.DRAFT)
    make_article(category=category, status=Article.Status.PENDING)
    make_article(category=category, status=Article.Status.RETURNED)
    make_article(category=category, status=Article.Status.ARCHIVED, published_at=now)
    make_article(category=category, published_at=now + timedelta(hours=1))  # scheduled
    assert list(Article.objects.published()) == [visible]


@pytest.mark.django_db
def test_article_page_and_old_slug_redirect(client):
    article = make_article("Lễ hội xuân 2025")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Lễ hội xuân 2025" in response.content.decode()
    old = reverse(
        "articles:detail",
        kwargs={"category": article.category.slug, "slug": "ten-cu", "pk": article.pk},
    )
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.django_db
def test_unpublished_article_page_is_404(client):
    draft = make_article(status=Article.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_tag_slugs_are_transliterated_like_article_slugs():
    article = make_article()
    article.tags.add("Đảng bộ xã Tân Phú", "Lễ hội")
    assert sorted(article.tags.values_list("slug", flat=True)) == ["dang-bo-xa-tan-phu", "le-hoi"]


def test_dates_are_read_day_first():
    from django import forms
    from django.utils import translation

    with translation.override("vi"):
        assert forms.DateField().clean("01/02/2026").isoformat() == "2026-02-01"
