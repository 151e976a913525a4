"""The benchmark's own parts: its filler makes real content, its ceiling is what it says."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import RequestFactory

from articles.models import Article
from demo.fill import fill
from drills.bench.ceiling import ceiling


def test_ceiling_is_a_fixed_20_kb_page_without_queries(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = ceiling(RequestFactory().get("/bench/ceiling"))
    assert response.status_code == 200
    assert len(response.content) == 20 * 1024


def test_ceiling_is_not_served_unless_the_benchmark_asks(client, db):
    assert client.get("/bench/ceiling").status_code == 404


@pytest.fixture
def _fresh_content_types():
    """Transactional tests flush and recreate content types; forget the cached old ids."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True)  # VACUUM cannot run inside a transaction
@pytest.mark.usefixtures("_fresh_content_types")
def test_filler_makes_articles_the_public_pages_show(client):
    out = io.StringIO()
    fill(120, out)
    public = Article.objects.published()
    assert 120 <= public.count() < Article.objects.count()  # the demo's drafts, scheduled
    article = public.filter(slug__regex=r"-[0-9]+$").for_detail().first()  # a synthetic one
    assert article.authors.exists() and article.tags.exists()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert article.title in page.content.decode()
    listing = client.get(article.category.get_absolute_url() + "?page=2")
    assert listing.status_code == 200
    with connection.cursor() as cursor:  # VACUUM ANALYZE ran: the planner knows the rows
        cursor.execute(
            "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = %s",
            [Article._meta.db_table],
        )
        assert cursor.fetchone() == (True,)
    fill(120, out)  # full enough: reused, nothing added
    assert "dùng lại" in out.getvalue()
