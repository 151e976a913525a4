"""Abuse resistance of the anonymous endpoints: per-address limits, honest view counts."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from articles import view_counts
from articles.models import Article
from tests import redis_support
from tests.factories import make_article

SEARCH = reverse("search:search")
LOGIN = reverse("admin:login")


@pytest.fixture
def shared_redis(settings):
    """The production set-up: Django's cache and the view counts in the real Redis."""
    prefix = redis_support.unique_prefix()
    settings.REDIS_URL = redis_support.REDIS_URL
    settings.VIEW_COUNT_KEY = f"{prefix}:views"
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": redis_support.REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    view_counts.flush()
    yield
    redis_support.delete_keys(prefix)


def beacon(client, article, address="203.0.113.9", agent="Mozilla/5.0 (Android 14)"):
    return client.post(
        reverse("articles:view-count", kwargs={"pk": article.pk}),
        REMOTE_ADDR=address,
        HTTP_USER_AGENT=agent,
    )


def views_of(article):
    view_counts.flush()
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def assert_vietnamese_429(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    page = response.content.decode()
    assert '<html lang="vi">' in page
    assert "Quá nhiều yêu cầu" in page


# --- view counts ------------------------------------------------------------------------


def test_a_thousand_beacons_from_one_address_add_at_most_one_view(client, db, shared_redis):
    article = make_article()
    statuses = [beacon(client, article).status_code for _ in range(1000)]
    assert views_of(article) == 1
    assert set(statuses) == {204, 429}  # and the address is told to slow down


def test_beacons_from_fifty_readers_add_fifty_views(client, db, shared_redis):
    article = make_article()
    for i in range(50):
        assert beacon(client, article, address=f"198.51.100.{i + 1}").status_code == 204
    assert views_of(article) == 50


def test_the_same_reader_counts_again_in_the_next_window(client, db, shared_redis, settings):
    article = make_article()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        beacon(client, article)
        beacon(client, article)
        clock.shift(settings.VIEW_COUNT_WINDOW_SECONDS)
        beacon(client, article)
    assert views_of(article) == 2


@pytest.mark.parametrize("status", ["draft", "pending"])
def test_a_beacon_for_an_unpublished_article_is_404_and_not_counted(
    client, db, shared_redis, status
):
    article = make_article(status=status)
    assert beacon(client, article).status_code == 404
    assert view_counts.pending_views() == {}
    assert views_of(article) == 0


def test_a_beacon_for_a_scheduled_article_is_404(client, db, shared_redis):
    article = make_article(published_at=timezone.now() + timedelta(hours=2))
    assert beacon(client, article).status_code == 404
    assert views_of(article) == 0


def test_the_beacon_is_one_redis_round_trip(client, db, shared_redis, monkeypatch):
    article = make_article()
    beacon(client, article, address="192.0.2.1")  # loads the script, learns the id is public
    sent = redis_support.commands_sent(monkeypatch)
    assert beacon(client, article, address="192.0.2.2").status_code == 204
    assert len(sent) == 1


def test_over_its_limit_an_address_gets_a_vietnamese_429(client, db, shared_redis, settings):
    settings.RATE_LIMIT_VIEWS = "5/m"
    articles = [make_article() for _ in range(6)]
    for article in articles[:5]:
        assert beacon(client, article).status_code == 204
    assert_vietnamese_429(beacon(client, articles[5]))
    assert views_of(articles[5]) == 0


def test_without_redis_one_view_per_reader_too(client, db, settings):
    settings.REDIS_URL = ""
    article = make_article()
    for _ in range(20):
        beacon(client, article)
    beacon(client, article, address="198.51.100.7")
    assert Article.objects.get(pk=article.pk).view_count == 2


# --- search and login -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _one_window():
    """django-ratelimit counts in clock windows: keep each test inside one."""
    with time_machine.travel(timezone.now().replace(second=0), tick=False):
        yield


@pytest.mark.parametrize("backend", ["locmem", "redis"])
def test_distinct_searches_from_one_address_are_limited(client, db, settings, backend):
    if backend == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "newsroom.redis_cache.RedisCache",
                "LOCATION": redis_support.REDIS_URL,
                "KEY_PREFIX": redis_support.unique_prefix(),
            }
        }
    make_article("Hội nghị tổng kết công tác văn hóa")
    answers = [
        client.get(SEARCH, {"q": f"hội nghị {i}"}, REMOTE_ADDR="203.0.113.50") for i in range(300)
    ]
    statuses = [a.status_code for a in answers]
    allowed, _period = 30, 60
    assert statuses.count(200) == allowed
    assert_vietnamese_429(answers[-1])
    assert client.get(SEARCH, {"q": "hội nghị"}, REMOTE_ADDR="203.0.113.51").status_code == 200
    cache.clear()


def test_the_limit_follows_the_address_nginx_saw(client, db, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.RATE_LIMIT_SEARCH = "3/m"
    for i in range(3):  # a client cannot escape by writing its own X-Forwarded-For
        forwarded = f"10.9.9.{i}, 203.0.113.60"
        assert client.get(SEARCH, {"q": f"lễ hội {i}"}, HTTP_X_FORWARDED_FOR=forwarded).status_code
    refused = client.get(SEARCH, {"q": "lễ hội x"}, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.60")
    assert refused.status_code == 429
    other = client.get(SEARCH, {"q": "lễ hội y"}, HTTP_X_FORWARDED_FOR="203.0.113.61")
    assert other.status_code == 200  # another reader behind the same proxy


def test_cached_search_pages_set_no_cookie_and_cost_no_quota(client, db, settings):
    settings.PUBLIC_PAGE_CACHE = True
    settings.RATE_LIMIT_SEARCH = "2/m"
    make_article("Lễ hội đua thuyền truyền thống")
    answers = [client.get(SEARCH, {"q": "đua thuyền"}) for _ in range(10)]
    assert [a.status_code for a in answers] == [200] * 10
    assert all(not a.cookies for a in answers)
    assert "public" in answers[-1]["Cache-Control"]


def test_one_address_trying_many_usernames_is_limited_beyond_axes(client, db, settings):
    settings.RATE_LIMIT_LOGIN = "20/m"
    statuses = [
        client.post(
            LOGIN, {"username": f"nguoi-{i}", "password": "sai"}, REMOTE_ADDR="203.0.113.70"
        ).status_code
        for i in range(25)
    ]
    assert statuses[:20] == [200] * 20  # the form again: axes locks none of these names
    assert set(statuses[20:]) == {429}
    refused = client.post(LOGIN, {"username": "x", "password": "y"}, REMOTE_ADDR="203.0.113.70")
    assert_vietnamese_429(refused)
    assert client.get(LOGIN, REMOTE_ADDR="203.0.113.70").status_code == 200  # reading is fine
    assert client.post(LOGIN, {"username": "a", "password": "b"}, REMOTE_ADDR="203.0.113.71")


def test_a_mistyped_limit_stops_the_process_at_start_up():
    env = dict(os.environ, RATE_LIMIT_SEARCH="30 mỗi phút")
    done = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "is not of the form 60/m" in done.stderr


def test_the_shared_cache_counts_in_one_round_trip(shared_redis, monkeypatch):
    """django-ratelimit's `incr` on every limited request: one round trip, Django's meaning."""
    cache.set("counter", 5, 60)
    assert cache.incr("counter") == 6  # loads the script
    sent = redis_support.commands_sent(monkeypatch)
    assert cache.incr("counter", 2) == 8
    assert len(sent) == 1
    assert cache.get("counter") == 8
    assert 0 < cache._cache.get_client().ttl(cache.make_key("counter")) <= 60  # kept its expiry
    with pytest.raises(ValueError, match="not found"):
        cache.incr("missing")
    assert cache.get("missing") is None
