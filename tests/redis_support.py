"""The real Redis server the cache and view-count tests use (127.0.0.1:6379 unless REDIS_URL)."""

import os
import uuid

import redis

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def unique_prefix() -> str:
    """A key prefix no other test run (or helper) shares."""
    return f"newsroom-test-{uuid.uuid4().hex}"


def delete_keys(prefix: str) -> None:
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"*{prefix}*"):
        client.delete(key)
    client.close()
