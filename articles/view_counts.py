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
"""

import functools
import logging
import uuid

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from articles.models import Article

logger = logging.getLogger(__name__)
BATCH_SIZE = 500
FLUSH_INTERVAL_SECONDS = 60
MAX_PK = 2**63 - 1


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


def record_view(pk: int) -> None:
    """Count one view of article ``pk``; unknown ids are dropped when flushed."""
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
    if flush_due:
        try:
            flush(wait=False)
        except Exception:  # the view is counted; a failed batch stays for the next flush
            logger.warning("View-count flush failed", exc_info=True)


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
    record_view(pk)
    return HttpResponse(status=204)
