"""Django's Redis cache backend, keeping one Redis client per connection pool.

Django's ``RedisCacheClient`` builds a new ``redis.Redis`` for every cache call; that
constructor (its response-callback tables) cost about half the CPU of a ``get_many``
on the article page, more than the round trip itself. A ``redis.Redis`` over a given
pool is thread-safe and holds no state of its own, so one is kept per pool.

Django's ``incr`` asks whether the key exists, then increments it: two round trips for
every rate-limited request (django-ratelimit counts with ``add`` then ``incr``). Here one
script does both in one round trip, with the same meaning (a missing key is an error and
is not created, so no counter is left without its expiry).

"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

from core.redis_scripts import run_on_client

# The new value, or false (nil to the client) when the key does not exist.
_INCR_EXISTING = """
if redis.call('exists', KEYS[1]) == 1 then return redis.call('incrby', KEYS[1], ARGV[1]) end
return false
"""


class _ReusingClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def incr(self, key, delta):
        value = run_on_client(self.get_client(key, write=True), _INCR_EXISTING, [key], [delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusingClient
