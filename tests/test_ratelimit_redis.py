"""Per-address limits on the real Redis: one round trip per counted request, on the key,
count and expiry django-ratelimit itself reads and writes."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django_ratelimit.core import get_usage

from core import ratelimit
from tests import redis_support


@pytest.fixture
def shared_redis(settings):
    prefix = redis_support.unique_prefix()
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": redis_support.REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    yield prefix
    redis_support.delete_keys(prefix)


@pytest.fixture
def sent(monkeypatch):
    """Every packet of commands this process sends to Redis (each a round trip)."""
    return redis_support.commands_sent(monkeypatch)


def reader(address="203.0.113.7"):
    return RequestFactory().get("/api/v1/articles/", REMOTE_ADDR=address)


def test_a_counted_request_is_one_round_trip(shared_redis, sent):
    ratelimit.usage(reader(), "api", "5/m")  # the pool's connection, opened once
    sent.clear()
    used = ratelimit.usage(reader(), "api", "5/m")
    assert len(sent) == 1
    assert used["count"] == 2 and not used["should_limit"] and used["limit"] == 5


def test_counts_are_django_ratelimits_own(shared_redis):
    request = reader("203.0.113.8")
    for expected in range(1, 4):
        assert ratelimit.usage(request, "api", "3/m")["count"] == expected
    assert ratelimit.usage(request, "api", "3/m")["should_limit"]
    # django-ratelimit reads the same key and count, and another address has its own.
    kept = get_usage(request, group="api", key=ratelimit._address_key, rate=(3, 60))
    assert kept["count"] == 4 and kept["should_limit"]
    assert ratelimit.usage(reader("203.0.113.9"), "api", "3/m")["count"] == 1
    # The key expires with the window, as get_usage sets it (period + its 5 s).
    client = cache._cache.get_client(write=True)
    ttls = [client.ttl(key) for key in client.scan_iter(f"*{shared_redis}*")]
    assert len(ttls) == 2 and all(0 < ttl <= 65 for ttl in ttls)


def test_the_local_cache_still_counts_through_django_ratelimit(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    request = reader("203.0.113.10")
    counts = [ratelimit.usage(request, "api", "2/m")["count"] for _ in range(3)]
    assert counts == [1, 2, 3]
