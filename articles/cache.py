"""The content version: one number that changes whenever anything the public site shows changes.

Cached public pages (``articles.page_cache``) are keyed on it, so invalidating every
page is one atomic increment, and a stale page is never read again: it expires on its
own. The version lives in the shared cache (Redis in production), so every worker
sees a change at once.

What bumps it, in one place (``connect_signals``): any save or delete of a model of an
app listed in ``PUBLIC_CONTENT_APPS`` and any change of one of their many-to-many
relations (tags, authors, related picks), through Django's public model signals.
Bulk writes that bypass signals (``QuerySet.update``, ``bulk_create``) must call
``bump_content_version()`` themselves; the pages' short lifetime bounds the damage.

A scheduled article becomes public when its time comes, with no write at all: the
time the next scheduled article is due is kept beside the version, and the first
request after that time bumps the version.

Each process remembers the version for ``PUBLIC_VERSION_LOCAL_SECONDS`` (1 s), so a
cached page costs no round trip for it; a bump made by this process is seen at once,
one made by another worker or server within that second.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

VERSION_KEY = "public:version"
NEXT_DUE_KEY = "public:next-due"
NOTHING_SCHEDULED = 0.0
# The next-due time is recomputed at least this often, in case a write bypassed signals.
NEXT_DUE_TIMEOUT = 3600
DEFAULT_PUBLIC_CONTENT_APPS = ("articles", "pages", "taggit")


def _fresh_version() -> int:
    # Milliseconds: a version recreated after an eviction never meets an older one again.
    return int(time.time() * 1000)


class _Memo:
    """This process's copy of the version and when it was read (time.time())."""

    version = None
    read_at = 0.0


def bump_content_version() -> None:
    """Make every cached public page stale (they are keyed on the old number)."""
    _Memo.version = None
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key is missing (first use, or evicted)
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)
    cache.delete(NEXT_DUE_KEY)


def _next_due_timestamp() -> float:
    """When the next published-but-scheduled article becomes public (one indexed query)."""
    from articles.models import Article

    due = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    return due.timestamp() if due else NOTHING_SCHEDULED


def content_version() -> int:
    """The current version (this process's copy when fresh enough)."""
    now = time.time()
    local_seconds = getattr(settings, "PUBLIC_VERSION_LOCAL_SECONDS", 1.0)
    if _Memo.version is not None and 0 <= now - _Memo.read_at < local_seconds:
        return _Memo.version
    version = _shared_content_version()
    _Memo.version, _Memo.read_at = version, now
    return version


def _shared_content_version() -> int:
    """The version in the shared cache; bumps it first when a scheduled article is due."""
    values = cache.get_many([VERSION_KEY, NEXT_DUE_KEY])
    version = values.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)
        version = cache.get(VERSION_KEY)  # the value of whichever worker won the race
    due = values.get(NEXT_DUE_KEY)
    if due is None:
        due = _next_due_timestamp()
        cache.set(NEXT_DUE_KEY, due, NEXT_DUE_TIMEOUT)
    if due != NOTHING_SCHEDULED and due <= timezone.now().timestamp():
        bump_content_version()
        cache.set(NEXT_DUE_KEY, _next_due_timestamp(), NEXT_DUE_TIMEOUT)
        version = cache.get(VERSION_KEY)
    return version


def _public_content_apps() -> frozenset[str]:
    return frozenset(getattr(settings, "PUBLIC_CONTENT_APPS", DEFAULT_PUBLIC_CONTENT_APPS))


def _content_changed(sender, using=None, **kwargs) -> None:
    if sender._meta.app_label not in _public_content_apps():
        return
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed fires twice
        return
    # Now, so this connection's next read sees the change; again after commit, so a page
    # rendered from the old rows by another request in between is never served.
    bump_content_version()
    transaction.on_commit(bump_content_version, using=using)


def _settings_changed(setting, **kwargs) -> None:
    if setting == "CACHES" or setting.startswith("PUBLIC_"):
        _Memo.version = None


def connect_signals() -> None:
    """Called once from ArticlesConfig.ready()."""
    post_save.connect(_content_changed, dispatch_uid="public-content-saved")
    post_delete.connect(_content_changed, dispatch_uid="public-content-deleted")
    m2m_changed.connect(_content_changed, dispatch_uid="public-content-m2m")
    setting_changed.connect(_settings_changed, dispatch_uid="public-content-settings")
