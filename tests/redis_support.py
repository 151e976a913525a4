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


def commands_sent(monkeypatch) -> list:
    """From now on, each command (or pipeline, or script call) sent to Redis, in a list."""
    sent = []
    real = redis.connection.Connection.send_packed_command

    def counted(self, command, *args, **kwargs):
        sent.append(command)
        return real(self, command, *args, **kwargs)

    monkeypatch.setattr(redis.connection.Connection, "send_packed_command", counted)
    return sent
