"""Article view counting that costs no database write per view and keeps pages cacheable.

The article page stays a cacheable public page; a small static script
(``static/js/view-count.js``) sends one POST per view to ``/luot-xem/<pk>/``.

With Redis (``REDIS_URL``) a view is one atomic ``HINCRBY`` on a hash; ``flush()``
moves the counts into ``Article.view_count`` in one ``UPDATE`` per 500 articles, with
``F()`` so it never overwrites a concurrent write. The hash is first renamed
(atomically) to a batch key, so views counted during a flush land in a fresh hash; a
batch whose database update failed stays in Redis and is applied by the next flush;
a Redis lock keeps two flushes from applying the same batch. At most once a minute a
view request runs the flush itself, so counts reach the database with no cron job;
``manage.py flush_view_counts`` does it on demand.

Without Redis (development, one small process), or while Redis does not answer, each
view is an atomic ``UPDATE … SET view_count = view_count + 1``.

Abuse: only published articles are counted (another id answers 404; each process reads
the public ids once per content version, so no SQL per view), one view per reader per article
per ``VIEW_COUNT_WINDOW_SECONDS`` (a keyed hash of address, user agent, article and
window, expiring: no personal data kept), and at most ``RATE_LIMIT_VIEWS`` beacons per
address. With Redis the check and the count are one Lua script: one round trip.
"""

import functools
import hashlib
import hmac
import logging
import time
import uuid
from array import array
from bisect import bisect_left

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.http import HttpResponse, HttpResponseNotFound
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from articles.models import Article
from core.content_version import content_version
from core.ratelimit import address, parse_rate, too_many_requests, usage

logger = logging.getLogger(__name__)
BATCH_SIZE = 500
FLUSH_INTERVAL_SECONDS = 60
MAX_PK = 2**63 - 1

# KEYS: the address's beacon counter, the reader's "seen" marker, the counts, the flush gate.
# ARGV: the limit, its window (s), the article id, the seen window (s), the flush interval (s).
# Returns {status, n}: {-1, seconds left} over the limit, {0, 0} seen already,
# {1, 1} counted and a flush is due, {1, 0} counted.
_COUNT_SCRIPT = """
local used = redis.call('INCR', KEYS[1])
if used == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if used > tonumber(ARGV[1]) then return {-1, redis.call('TTL', KEYS[1])} end
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[4]) then return {0, 0} end
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
if redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[5]) then return {1, 1} end
return {1, 0}
"""


def _key() -> str:
    return getattr(settings, "VIEW_COUNT_KEY", "newsroom:views")


def _gate_key() -> str:
    return f"{_key()}:flush-gate"  # present while a flush ran less than a minute ago


@functools.lru_cache(maxsize=4)
def _client_for(url: str) -> redis.Redis:
    # Short timeouts: a stuck Redis must not hold a reader's request (see record_view).
    return redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)


def _redis() -> redis.Redis | None:
    url = getattr(settings, "REDIS_URL", "")
    return _client_for(url) if url else None


@functools.lru_cache(maxsize=4)
def _count_script(client: redis.Redis):
    return client.register_script(_COUNT_SCRIPT)


def _flush_if_due(flush_due) -> None:
    if flush_due:
        try:
            flush(wait=False)
        except Exception:  # the view is counted; a failed batch stays for the next flush
            logger.warning("View-count flush failed", exc_info=True)


def record_view(pk: int) -> None:
    """Count one view of article ``pk`` (no reader check); unknown ids dropped when flushed."""
    client = _redis()
    if client is not None:
        pipe = client.pipeline(transaction=False)  # one round trip for both commands
        pipe.hincrby(_key(), str(pk), 1)
        pipe.set(_gate_key(), 1, nx=True, ex=FLUSH_INTERVAL_SECONDS)
        try:
            _count, flush_due = pipe.execute()
        except redis.RedisError:  # Redis is down: count in the database instead
            client = None
    if client is None:
        Article.objects.filter(pk=pk).update(view_count=F("view_count") + 1)
        return
    _flush_if_due(flush_due)


class _PublicIds:
    """This process's sorted ids of public articles, as of one content version."""

    loaded: tuple[int | None, array] = (None, array("q"))


def is_public(pk: int) -> bool:
    """Published and due; one query per content version and process, then a lookup."""
    version = content_version()
    loaded_version, ids = _PublicIds.loaded
    if loaded_version != version:
        ids = array("q", Article.objects.published().order_by("pk").values_list("pk", flat=True))
        _PublicIds.loaded = (version, ids)
    at = bisect_left(ids, pk)
    return at < len(ids) and ids[at] == pk


@functools.lru_cache(maxsize=8)
def _derived_key(salt: str, secret: str) -> bytes:
    """salted_hmac's key for `salt`, derived once per process (it hashes it on every call)."""
    return hashlib.sha256(f"{salt}{secret}".encode()).digest()


def _keyed(salt: str, value: str) -> str:
    """Django's salted_hmac(salt, value, algorithm="sha256"), its derived key kept."""
    key = _derived_key(salt, settings.SECRET_KEY)
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]


def _reader_keys(request, pk: int) -> tuple[str, str]:
    """Keyed hashes (no address stored): the address's counter, this reader's view."""
    who = address(request)
    window = getattr(settings, "VIEW_COUNT_WINDOW_SECONDS", 3600)
    agent = request.META.get("HTTP_USER_AGENT", "")[:500]
    rate = _keyed("newsroom.views.rate", who)
    seen = _keyed("newsroom.views.seen", f"{who}|{agent}|{pk}|{int(time.time() // window)}")
    return f"{_key()}:rate:{rate}", f"{_key()}:seen:{seen}"


def count_view(request, pk: int) -> int:
    """Count a reader's view of public article ``pk``; returns 0, or seconds to wait when
    the address is over its limit."""
    limit, period = parse_rate(settings.RATE_LIMIT_VIEWS)
    window = getattr(settings, "VIEW_COUNT_WINDOW_SECONDS", 3600)
    rate_key, seen_key = _reader_keys(request, pk)
    client = _redis()
    if client is not None:
        keys = [rate_key, seen_key, _key(), _gate_key()]
        args = [limit, period, pk, window, FLUSH_INTERVAL_SECONDS]
        try:
            status, n = _count_script(client)(keys=keys, args=args)
        except redis.RedisError:  # Redis is down: the shared cache and the database instead
            logger.warning("Redis did not answer: view counted in the database", exc_info=True)
        else:
            if status < 0:
                return max(int(n), 1)
            _flush_if_due(status > 0 and n)
            return 0
    used = usage(request, "view-beacon", settings.RATE_LIMIT_VIEWS)
    if used is not None and used["should_limit"]:
        return max(used["time_left"], 1)
    try:
        first = cache.add(seen_key, 1, window)
    except Exception:  # no memory of who counted: better uncounted than inflated
        logger.warning("View not counted: the cache did not answer", exc_info=True)
        return 0
    if first:
        Article.objects.filter(pk=pk).update(view_count=F("view_count") + 1)
    return 0


def pending_views() -> dict[int, int]:
    """Counts recorded but not yet in the database (all zero without Redis)."""
    client = _redis()
    if client is None:
        return {}
    pending: dict[int, int] = {}
    for key in [_key(), *client.scan_iter(f"{_key()}:batch:*")]:
        for pk, count in client.hgetall(key).items():
            pending[int(pk)] = pending.get(int(pk), 0) + int(count)
    return pending


def _apply(counts: dict[int, int]) -> None:
    items = sorted(counts.items())  # a fixed lock order: concurrent flushes never deadlock
    with transaction.atomic():
        for start in range(0, len(items), BATCH_SIZE):
            chunk = items[start : start + BATCH_SIZE]
            increment = Case(*(When(pk=pk, then=Value(n)) for pk, n in chunk), default=Value(0))
            Article.objects.filter(pk__in=[pk for pk, _ in chunk]).update(
                view_count=F("view_count") + increment
            )


def flush(wait: bool = True) -> int:
    """Move recorded views into Article.view_count; returns how many views were moved.

    With ``wait=False`` it returns 0 at once when another flush is running.
    """
    client = _redis()
    if client is None:
        return 0
    lock = client.lock(f"{_key()}:flush-lock", timeout=300)
    if not lock.acquire(blocking=wait, blocking_timeout=60):
        return 0
    moved = 0
    try:
        client.set(_gate_key(), 1, ex=FLUSH_INTERVAL_SECONDS)
        batch = f"{_key()}:batch:{uuid.uuid4().hex}"
        if client.exists(_key()):
            client.rename(_key(), batch)  # atomic: later views go to a fresh hash
        for key in client.scan_iter(f"{_key()}:batch:*"):
            counts = {
                int(pk): int(n)
                for pk, n in client.hgetall(key).items()
                if 0 < int(pk) <= MAX_PK and int(n) > 0
            }
            _apply(counts)
            client.delete(key)
            moved += sum(counts.values())
    finally:
        lock.release()
    return moved


@csrf_exempt  # a counter: nothing to protect, and it must work from cached pages
@require_POST
@never_cache
def view_beacon(request, pk):
    if pk > MAX_PK:
        return HttpResponse(status=400)
    if not is_public(pk):
        return HttpResponseNotFound()  # drafts, scheduled, unknown: no page, no count
    wait = count_view(request, pk)
    if wait:
        return too_many_requests(wait)
    counted = HttpResponse(status=204)
    # No content, nothing a policy could govern: the CSP middleware skips building both.
    counted._csp_exempt = counted._csp_exempt_ro = True
    return counted
