"""The benchmark's own parts: its filler makes real content, its ceiling is what it says."""

import io

from django.test import RequestFactory

from articles.models import Article
from demo.fill import bulk_fill
from drills.bench.ceiling import ceiling


def test_ceiling_is_a_fixed_20_kb_page_without_queries(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = ceiling(RequestFactory().get("/bench/ceiling"))
    assert response.status_code == 200
    assert len(response.content) == 20 * 1024


def test_ceiling_is_not_served_unless_the_benchmark_asks(client, db):
    assert client.get("/bench/ceiling").status_code == 404


def test_bulk_filler_makes_articles_the_public_pages_show(client, db):
    bulk_fill(120, io.StringIO())
    assert Article.objects.count() == 120
    public = Article.objects.published()
    assert 100 <= public.count() < 120  # a few drafts and scheduled ones
    article = public.for_detail().first()
    assert article.authors.exists() and article.tags.exists()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert article.title in page.content.decode()
    listing = client.get(article.category.get_absolute_url() + "?page=2")
    assert listing.status_code == 200
