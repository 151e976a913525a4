"""Stale-while-revalidate for the full-page cache: no stampede when the content version moves.

When a change moves the content version, every cached page is keyed on the old number. The
first reader of a page claims its rebuild (an atomic ``cache.add``: Redis ``SET NX``) and
renders it, when one of the site's few rebuild slots is free (``take_slot``); readers
arriving meanwhile, and while every slot is busy, get the page's previous copy, for at most
``PUBLIC_PAGE_GRACE_SECONDS`` after the first change that copy does not show (the time of
each version is kept in the cache when it is bumped). A page built less than
``PUBLIC_PAGE_REBUILD_INTERVAL`` seconds ago is not rebuilt yet: its copy is served (within
the grace) until then, so an editor publishing every few seconds costs each page at most
one rebuild per interval, not one per publication. When an article stops being public
(unpublished, archived, moved to the future, deleted) a barrier is raised: no copy made
before that change is served again, so its title leaves every page at once.

On Redis all of it, for a page a process does not hold, is one round trip (``find``, a Lua
script: the page, else, when the last copy is not recent, a slot and the claim, else the
previous copy and the barrier).
"""

import contextlib
import logging
import time

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save, pre_save

from core.content_version import bump_content_version, version_bumped
from core.lru import LocalLRU
from core.redis_scripts import is_redis, loads, run_script

logger = logging.getLogger(__name__)
REBUILD_SECONDS = 10  # a rebuild that takes longer lets the next reader try
LATEST_SECONDS = 15 * 60  # how long a page's last copy is kept for readers to fall back on
VERSION_TIME_SECONDS = 60 * 60
BARRIER_KEY = "public:stale-barrier"


def grace_seconds() -> float:
    return getattr(settings, "PUBLIC_PAGE_GRACE_SECONDS", 30)


def _version_time_key(version: int) -> str:
    return f"public:version-at:{version}"


class _Last:
    version = 0  # the newest version this process made


def _record_bump(sender, version, **kwargs) -> None:
    """Each new content version: when it came (for the grace period)."""
    _Last.version = max(_Last.version, version)
    with contextlib.suppress(Exception):  # no time known: that version allows no stale copy
        cache.add(_version_time_key(version), time.time(), VERSION_TIME_SECONDS)


def rebuild_interval() -> float:
    """Seconds a page's copy is kept before a change may rebuild it; under half the grace,
    so a copy is rebuilt well before it may no longer be served."""
    return max(0.0, min(getattr(settings, "PUBLIC_PAGE_REBUILD_INTERVAL", 5), grace_seconds() / 2))


def rebuild_slots() -> int:
    return max(1, getattr(settings, "PUBLIC_PAGE_REBUILD_SLOTS", 1))


def claim_rebuild(page_key: str) -> bool:
    """True for exactly one caller per page and version (until the rebuild times out)."""
    try:
        return cache.add(f"{page_key}:rebuild", 1, REBUILD_SECONDS)
    except Exception:  # no shared cache: everyone renders, as without this module
        return True


def _slot_key(number: int) -> str:
    return f"public:rebuild-slot:{number}"


def take_slot() -> str | None:
    """One of the site's PUBLIC_PAGE_REBUILD_SLOTS, or None when all are taken.

    After a publication every page is stale at once: were each first reader to rebuild its
    page, every worker would be rendering and the readers of pages already cached would
    wait behind them. With a slot per rebuild, the other workers keep serving; a page whose
    rebuild finds no free slot is served from its previous copy (within the grace) and
    rebuilt by a later reader. The key expires with a rebuild that never ends.
    """
    try:
        for number in range(rebuild_slots()):
            key = _slot_key(number)
            if cache.add(key, 1, REBUILD_SECONDS):
                return key
    except Exception:  # as claim_rebuild: without a shared cache everyone renders
        return "public:rebuild-slot:none"
    return None


def release(key: str) -> None:
    """Give back a rebuild slot."""
    with contextlib.suppress(Exception):
        cache.delete(key)


# A page missing from this process, in one round trip: the page under its key (1, page);
# else, when its last copy was built before ARGV[2] (ms) and a rebuild slot and the page's
# claim are both free, both taken (2, slot number); else the page's last copy, the barrier
# and whether the copy was too recent to rebuild (3, copy, barrier, 1|0), to serve it stale.
_FIND = """
local page = redis.call('GET', KEYS[1])
if page then return {1, page} end
local recent = (tonumber(redis.call('GET', KEYS[5]) or '0') or 0) > tonumber(ARGV[2])
for i = 6, #KEYS do
  if recent then break end
  if redis.call('SET', KEYS[i], 1, 'EX', ARGV[1], 'NX') then
    if redis.call('SET', KEYS[4], 1, 'EX', ARGV[1], 'NX') then return {2, i - 6} end
    redis.call('DEL', KEYS[i])
    break
  end
end
return {3, redis.call('GET', KEYS[2]), redis.call('GET', KEYS[3]), recent and 1 or 0}
"""


def find(page):
    """(entry, slot, fresh) for a page this process does not hold: the page itself (fresh),
    its previous copy to serve now, or None with the rebuild to do (holding `slot`, to
    release after rendering, or None). On Redis one round trip; else as `stale_or_claim`."""
    shared = caches[DEFAULT_CACHE_ALIAS]  # the backend itself, not the `cache` proxy
    if not is_redis(shared):
        return _find_in_steps(page)
    names = [page.key, _latest_key(page.digest), BARRIER_KEY, f"{page.key}:rebuild"]
    names += [_built_key(page.digest)] + [_slot_key(n) for n in range(rebuild_slots())]
    try:
        reply = run_script(shared, _FIND, names, [REBUILD_SECONDS, _recent_since()])
        if reply[0] == 2:
            return None, _slot_key(reply[1]), False
        if reply[0] == 1:
            entry = loads(shared, reply[1])
            if time.time() < entry[3]:
                return entry, None, True
            return _find_in_steps(page)  # kept past its lifetime: as without the script
        copy, barrier = loads(shared, reply[1]), loads(shared, reply[2])
        copy = _servable(copy, page.version, barrier or 0)
        if copy is None and reply[3]:  # recent, but it may not be served: rebuild (rare)
            return (*_claim(page), False)
        return copy, None, False
    except Exception:  # as claim_rebuild: a failing cache never fails the page
        logger.warning("Public page cache unavailable", exc_info=True)
        return None, None, False


def _find_in_steps(page):
    try:
        entry = cache.get(page.key)
    except Exception:
        logger.warning("Public page cache unavailable", exc_info=True)
        return None, None, False
    if entry is not None and time.time() < entry[3]:
        return entry, None, True
    entry, slot = stale_or_claim(page)
    return entry, slot, False


def stale_or_claim(page):
    """The page's previous copy to serve now, or None with the rebuild to do: then the
    caller holds the returned slot key (to release after rendering), or None when it
    renders without one (no copy to serve)."""
    latest, built = _latest_key(page.digest), _built_key(page.digest)
    try:
        found = cache.get_many([latest, built, BARRIER_KEY])
    except Exception:
        found = {}
    if found.get(built, 0) > _recent_since():  # built moments ago: served until the interval
        copy = _servable(found.get(latest), page.version, found.get(BARRIER_KEY, 0))
        if copy is not None:
            return copy, None
    return _claim(page)


def _claim(page):
    slot = take_slot()
    if slot is None:  # every slot is rebuilding: the previous copy if any, else render
        return previous_copy(page.digest, page.version), None
    if claim_rebuild(page.key):
        return None, slot
    release(slot)  # another reader rebuilds this page
    return previous_copy(page.digest, page.version), None


def latest_items(digest: str, version: int, entry) -> dict:
    """The keys and values that keep `entry` as the page's last copy, and when it was built
    (written by the page cache together with the page itself, in one round trip, for
    LATEST_SECONDS). The time is an integer of milliseconds, which Redis keeps as a number
    the lookup script can compare."""
    return {_latest_key(digest): (version, entry), _built_key(digest): int(time.time() * 1000)}


def _built_key(digest: str) -> str:
    return f"public:built:{digest}"


def _recent_since() -> int:
    """Milliseconds: a copy built after this is too recent to rebuild."""
    return int((time.time() - rebuild_interval()) * 1000)


def _latest_key(digest: str) -> str:
    return f"public:latest:{digest}"


def previous_copy(digest: str, version: int):
    """The page's last copy when a reader may still be given it, else None. The copy's
    last field (its expiry) is the time until which it may be served."""
    try:
        found = cache.get_many([_latest_key(digest), BARRIER_KEY])
        return _servable(found.get(_latest_key(digest)), version, found.get(BARRIER_KEY, 0))
    except Exception:
        logger.warning("Public page cache unavailable", exc_info=True)
        return None


def _servable(copy, version: int, barrier: int):
    if copy is None:
        return None
    copy_version, entry = copy
    if copy_version >= version:  # made under the current version: not stale at all
        return entry
    if copy_version < barrier:
        return None
    first_missed = _version_time(copy_version + 1)
    if first_missed is None or time.time() - first_missed > grace_seconds():
        return None
    return (*entry[:3], first_missed + grace_seconds())


_version_times = LocalLRU(1024)  # version -> when it came; set once (cache.add), kept here too
forget_local = _version_times.clear


def _version_time(version: int) -> float | None:
    known = _version_times.get(version)
    if known is None:
        known = cache.get(_version_time_key(version))
        if known is not None:
            _version_times.put(version, known)
    return known


def raise_barrier(version: int) -> None:
    """No copy made under a version older than `version` may be served from now on."""
    with contextlib.suppress(Exception):
        cache.set(BARRIER_KEY, max(version, cache.get(BARRIER_KEY, 0)), VERSION_TIME_SECONDS)


def _remember_public_state(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._was_public = False
        return
    try:
        before = sender._base_manager.filter(pk=instance.pk).only("status", "published_at")
        old = before.first()
    except DatabaseError:
        old = None
    instance._was_public = bool(old and old.is_public)


def _purge_if_withdrawn(sender, instance, using="default", **kwargs):
    deleted = kwargs.get("signal") is post_delete
    was_public = instance.is_public if deleted else getattr(instance, "_was_public", False)
    if was_public and (deleted or not instance.is_public):
        # Pages made before now show the article: none may be served again, from this
        # process's next read on (a bump now), nor after commit, when the content version
        # moves again (core.content_version registered that bump first, so it runs first)
        # and pages other workers made from the old rows meanwhile are out too.
        raise_barrier(bump_content_version(using))
        transaction.on_commit(lambda: raise_barrier(_Last.version), using=using)


def connect(article_model) -> None:
    version_bumped.connect(_record_bump, dispatch_uid="stale-version-times")
    pre_save.connect(_remember_public_state, sender=article_model, dispatch_uid="stale-pre")
    post_save.connect(_purge_if_withdrawn, sender=article_model, dispatch_uid="stale-post")
    post_delete.connect(_purge_if_withdrawn, sender=article_model, dispatch_uid="stale-del")
