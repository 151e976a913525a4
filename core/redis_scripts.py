"""Lua scripts on the Redis behind a Django cache: one round trip for what would be several.

Works on any Django Redis cache backend (``newsroom.redis_cache``, or Django's own, which
the tests use): one ``EVALSHA`` per call, the script loaded once per server.
"""

from django.core.cache.backends.redis import RedisCache

_registered = {}  # script source -> redis-py Script (its SHA); run with each call's client


def run_on_client(client, source: str, keys: list, args: list):
    script = _registered.get(source)
    if script is None:
        script = _registered[source] = client.register_script(source)
    return script(keys=keys, args=args, client=client)


def is_redis(cache) -> bool:
    return isinstance(cache, RedisCache)


def run_script(cache, source: str, names: list[str], args=(), *, write: bool = True):
    """`source` run on `cache`'s Redis with the keys of `names` (made as the cache makes
    them); its reply as redis-py gives it (bytes, ints, lists)."""
    keys = [cache.make_and_validate_key(name) for name in names]
    return run_on_client(cache._cache.get_client(keys[0], write=write), source, keys, list(args))


def loads(cache, raw):
    """A value the script read, as `cache.get` would give it (None stays None)."""
    return None if raw is None else cache._cache._serializer.loads(raw)
