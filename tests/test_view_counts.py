"""View counting: no database write per view, nothing lost under concurrency."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from articles import view_counts
from articles.models import Article
from tests import redis_support
from tests.factories import make_article

THREADS = 8


@pytest.fixture
def with_redis(settings):
    prefix = redis_support.unique_prefix()
    settings.REDIS_URL = redis_support.REDIS_URL
    settings.VIEW_COUNT_KEY = f"{prefix}:views"
    view_counts.flush()  # as if the periodic flush had just run
    yield
    redis_support.delete_keys(prefix)


@pytest.fixture
def without_redis(settings):
    settings.REDIS_URL = ""


def count_of(article):
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def beacon(client, article, address="127.0.0.1", agent="Mozilla/5.0"):
    return client.post(
        reverse("articles:view-count", kwargs={"pk": article.pk}),
        REMOTE_ADDR=address,
        HTTP_USER_AGENT=agent,
    )


def readers(n):
    """n distinct readers' addresses."""
    return [f"10.0.{i // 250}.{i % 250 + 1}" for i in range(n)]


def run_in_threads(work):
    """Run work() in THREADS threads at once, each with its own database connection."""
    start = threading.Barrier(THREADS)
    errors = []

    def target():
        try:
            start.wait()
            work()
        except Exception as exc:  # reported to the test below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=target) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_article_page_sends_the_beacon_and_reading_it_writes_nothing(client, db):
    article = make_article()
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'src="/static/js/view-count.js"' in page
    assert reverse("articles:view-count", kwargs={"pk": article.pk}) in page
    client.get(article.get_absolute_url())
    assert count_of(article) == 0


def test_beacon_answers_only_post(client, db, without_redis):
    article = make_article()
    assert client.get(reverse("articles:view-count", kwargs={"pk": article.pk})).status_code == 405
    response = beacon(client, article)
    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]


def test_beacon_for_an_unknown_article_is_harmless(client, db, with_redis):
    assert client.post("/luot-xem/999999999/").status_code == 404
    view_counts.flush()
    assert view_counts.pending_views() == {}
    assert client.post("/luot-xem/99999999999999999999999/").status_code == 400


def test_without_redis_each_view_is_counted_at_once(client, db, without_redis):
    article = make_article()
    for address in readers(3):
        beacon(client, article, address)
    assert count_of(article) == 3


def test_with_redis_views_wait_for_the_flush(client, db, with_redis):
    first, second = make_article(), make_article()
    for address in readers(3):
        beacon(client, first, address)
    beacon(client, second)
    assert count_of(first) == 0
    assert view_counts.pending_views() == {first.pk: 3, second.pk: 1}
    assert view_counts.flush() == 4
    assert (count_of(first), count_of(second)) == (3, 1)
    assert view_counts.pending_views() == {}


def test_flush_command_moves_the_counts(client, db, with_redis):
    from django.core.management import call_command

    article = make_article()
    beacon(client, article)
    call_command("flush_view_counts")
    assert count_of(article) == 1


def test_an_editors_save_keeps_views_counted_meanwhile(client, db, with_redis):
    article = make_article("Bài đang sửa")
    editing = Article.objects.get(pk=article.pk)  # the form opens: view_count 0
    for address in readers(5):
        beacon(client, article, address)
    view_counts.flush()
    editing.title = "Bài đã sửa"
    editing.save()
    assert count_of(article) == 5
    assert Article.objects.get(pk=article.pk).title == "Bài đã sửa"


@pytest.mark.django_db(transaction=True)
def test_concurrent_views_and_flushes_lose_nothing_with_redis(with_redis):
    articles = [make_article() for _ in range(3)]
    per_thread = 150

    def work():
        for i in range(per_thread):
            view_counts.record_view(articles[i % 3].pk)
            if i % 50 == 0:
                view_counts.flush()  # flushes racing the increments and each other

    run_in_threads(work)
    view_counts.flush()
    total = sum(count_of(article) for article in articles)
    assert total == THREADS * per_thread
    assert count_of(articles[0]) == THREADS * per_thread // 3
    assert view_counts.pending_views() == {}


@pytest.mark.django_db(transaction=True)
def test_concurrent_views_lose_nothing_without_redis(without_redis):
    article = make_article()
    per_thread = 40

    def work():
        for _ in range(per_thread):
            view_counts.record_view(article.pk)

    run_in_threads(work)
    assert count_of(article) == THREADS * per_thread


def test_views_are_counted_in_the_database_while_redis_is_down(client, db, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    article = make_article()
    assert beacon(client, article).status_code == 204
    assert count_of(article) == 1
