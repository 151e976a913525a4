"""IndexPaginator: Django's Paginator semantics, with deep pages as cheap as the first."""

from datetime import timedelta

import pytest
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from core.pagination import IndexPaginator
from tests.factories import make_article, make_author, make_category


@pytest.fixture
def listing(db):
    category = make_category("Văn hóa")
    authors = [make_author(), make_author()]
    for i in range(23):
        make_article(f"Bài {i:02d}", category=category, authors=authors[: 1 + i % 2])
    make_article("Bài nháp", category=category, status=Article.Status.DRAFT)
    make_article("Chuyên mục khác")
    return (
        Article.objects.published().filter(category=category).for_list().prefetch_related("authors")
    )


def titles(page):
    return [article.title for article in page]


def test_pages_match_djangos_paginator(listing):
    ours, django = IndexPaginator(listing, 5), Paginator(listing, 5)
    assert ours.num_pages == django.num_pages == 5
    for number in ours.page_range:
        assert titles(ours.page(number)) == titles(django.page(number))
    assert titles(ours.page(5)) == ["Bài 20", "Bài 21", "Bài 22"]  # newest first


def test_orphans_join_the_last_page(listing):
    ours, django = IndexPaginator(listing, 10, orphans=3), Paginator(listing, 10, orphans=3)
    assert ours.num_pages == 2
    assert titles(ours.page(2)) == titles(django.page(2))
    assert len(ours.page(2)) == 13


def test_junk_page_numbers_give_a_sane_page(listing):
    paginator = IndexPaginator(listing, 5)
    assert paginator.get_page("abc").number == 1
    assert paginator.get_page("9999").number == 5
    assert paginator.get_page("-3").number == 5
    with pytest.raises(PageNotAnInteger):
        paginator.page("abc")
    with pytest.raises(EmptyPage):
        paginator.page(6)


def test_page_objects_keep_their_related_data(listing):
    page = IndexPaginator(listing, 5).page(2)
    with CaptureQueriesContext(connection) as queries:
        bylines = [(a.category.name, [x.name for x in a.authors.all()]) for a in page]
    assert len(queries) == 0
    assert all(name == "Văn hóa" and people for name, people in bylines)


def test_a_deep_page_costs_the_queries_of_the_first(listing):
    paginator = IndexPaginator(listing, 2)
    counts = []
    for number in (1, paginator.num_pages):
        fresh = IndexPaginator(listing.all(), 2)
        with CaptureQueriesContext(connection) as queries:
            list(fresh.page(number))
        counts.append(len(queries))
    assert counts[0] == counts[1] == 4  # count, ids, rows, authors


def test_an_empty_list_has_one_empty_page(db):
    paginator = IndexPaginator(Article.objects.published().for_list(), 5)
    assert list(paginator.get_page(1)) == []


@pytest.mark.parametrize("per_page, orphans", [(5, 0), (10, 3), (2, 1), (30, 0)])
def test_pages_from_the_page_index_match_djangos_paginator(listing, per_page, orphans):
    django = Paginator(listing, per_page, orphans=orphans)
    for number in django.page_range:
        ours = IndexPaginator(listing.all(), per_page, orphans=orphans, index_key="văn hóa")
        assert ours.num_pages == django.num_pages
        assert titles(ours.page(number)) == titles(django.page(number))


def test_the_page_index_is_read_once_per_version_and_follows_a_publication(listing):
    category = listing.first().category

    def page(number):  # a request's queryset: "published" as of now
        articles = Article.objects.published().filter(category=category).for_list()
        return IndexPaginator(articles.prefetch_related("authors"), 5, index_key="vh").page(number)

    assert titles(page(2))[0] == "Bài 05"
    with CaptureQueriesContext(connection) as queries:
        deepest = page(5)
    assert len(queries) == 3  # ids from the page's first key, rows, authors: no count
    assert titles(deepest) == ["Bài 20", "Bài 21", "Bài 22"]
    newest = make_article("Bài mới", category=category, published_at=timezone.now())
    assert titles(page(1))[0] == newest.title and titles(page(2))[0] == "Bài 04"
    assert titles(page(5)) == ["Bài 19", "Bài 20", "Bài 21", "Bài 22"]


def _buffers(sql):
    """Shared buffers an EXPLAIN ANALYZE of `sql` touched (index and table pages read)."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}")  # noqa: S608 - Django's SQL
        plan = cursor.fetchone()[0]
    return plan[0]["Plan"]["Shared Hit Blocks"] + plan[0]["Plan"]["Shared Read Blocks"]


def test_a_deep_page_reads_what_the_first_page_reads(db):
    """The deepest page's id query starts its index walk at the page's first key rather than
    checking every newer entry (EXPLAIN buffers of page 1 and of the last page)."""
    category, now = make_category("Văn hóa"), timezone.now()
    Article.objects.bulk_create(
        Article(
            title=f"Bài {n}",
            slug=f"bai-{n}",
            category=category,
            status=Article.Status.PUBLISHED,
            published_at=now - timedelta(minutes=n),
            sapo="Tóm tắt.",
            body="<p>Nội dung.</p>",
        )
        for n in range(3000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    articles = Article.objects.published().filter(category=category).for_list()
    paginator = IndexPaginator(articles, 20, index_key="walk")
    reads = []
    for number in (1, paginator.num_pages):
        with CaptureQueriesContext(connection) as queries:
            assert len(paginator.page(number)) == 20
        reads.append(_buffers(next(q["sql"] for q in queries if "LIMIT 20" in q["sql"])))
    first, deepest = reads
    assert deepest <= first + 3, reads  # walking 3,000 entries read about 20 more pages
