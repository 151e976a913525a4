"""After an import: backdated articles sit at their date, search and related news know them."""

from datetime import timedelta

import feedparser
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, RelatedArticle
from importer.runner import run_import
from tests.factories import make_article
from tests.importer_files import HOA_SON

pytestmark = pytest.mark.django_db


@pytest.fixture
def recent_news():
    now = timezone.now()
    return [
        make_article(f"Tin tuần này số {n}", published_at=now - timedelta(hours=n))
        for n in range(1, 8)
    ]


def test_backdated_articles_are_not_pushed_to_the_top_of_latest_news(client, recent_news):
    run_import([HOA_SON])
    latest = client.get("/").context["latest"]
    assert all(a.title.startswith("Tin tuần này") for a in latest)
    feed = feedparser.parse(client.get(reverse("articles:feed")).content)
    titles = [entry.title for entry in feed.entries]
    assert titles.index("Sôi nổi Lễ hội đua thuyền truyền thống xã Hòa Bình năm 2019") > 6


def test_backdated_article_shows_its_own_date_and_notifies_no_one(client):
    run_import([HOA_SON])
    article = Article.objects.get(slug="le-hoi-dua-thuyen-xa-hoa-binh")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "2019-05-03" in page  # the <time datetime> of the original publication
    assert mail.outbox == []
    sitemap = client.get("/sitemap-bai-viet.xml").content.decode()
    assert article.get_absolute_url() in sitemap


def test_search_finds_imported_articles_and_the_typo_vocabulary_knows_their_words(client):
    run_import([HOA_SON])
    response = client.get(reverse("search:search"), {"q": "đua thuyền"})
    found = [a.title for a in response.context["page_obj"]]
    assert "Sôi nổi Lễ hội đua thuyền truyền thống xã Hòa Bình năm 2019" in found
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_word WHERE word = 'thuyen'")
        assert cursor.fetchone()[0] == 1


def test_related_news_is_computed_for_imported_articles(client):
    run_import([HOA_SON])
    first, second = Article.objects.filter(title__startswith="Giải bóng đá").order_by(
        "published_at"
    )
    assert RelatedArticle.objects.filter(source=second, target=first).exists()


def test_the_synthetic_export_used_for_the_timing_imports_whole(tmp_path):
    path = tmp_path / "wxr-5.xml"
    call_command("make_wxr", "--items", "5", "--output", str(path))
    report = run_import([path])
    assert report.ok and not report.skipped
    assert Article.objects.published().count() == 5
