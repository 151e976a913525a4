"""The content version: one number that changes whenever anything the public site shows changes.

Cached public pages (``articles.page_cache``) are keyed on it, so invalidating every
page is one increment, and a stale page is never read again: it expires on its own.

The number is a PostgreSQL sequence (migration 0030): the database is the one part
every worker and every server shares, whatever the cache backend (Redis, or local
memory in each process), and ``nextval`` never waits for a lock.

What bumps it, in one place (``connect_signals``): any save or delete of a model of an
app listed in ``PUBLIC_CONTENT_APPS`` and any change of one of their many-to-many
relations (tags, authors, related picks), through Django's public model signals, and
once after ``migrate`` (data migrations run before the sequence may exist).
Writes that bypass signals (``QuerySet.update``, ``bulk_create``) call
``bump_content_version()`` themselves; the pages' short lifetime bounds the damage.

A scheduled article becomes public when its time comes, with no write by anyone: the
time the next scheduled article is due is read with the version, and the first request
after that time bumps the version.

Each process keeps the version and that time for ``PUBLIC_VERSION_LOCAL_SECONDS``
(1 s): a cached page costs no query; a bump made by this process is seen at once, one
made by another worker or server within that second.
"""

import contextlib
import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import DatabaseError, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import Signal

SEQUENCE = "articles_public_content_version"
# Sent with the new number after every bump (articles.stale_pages times the versions).
version_bumped = Signal()
DEFAULT_PUBLIC_CONTENT_APPS = ("articles", "pages", "taggit")


class _Memo:
    """This process's copy: the version, the next due time (a timestamp), when read."""

    version = None
    due = None
    read_at = 0.0


# Per thread, as transactions are: the database aliases with uncommitted public changes
# this thread has not bumped for.
_pending = threading.local()


def _pending_aliases() -> set:
    if not hasattr(_pending, "aliases"):
        _pending.aliases = set()
    return _pending.aliases


def _forget() -> None:
    _Memo.version = None


def bump_content_version(using: str = "default") -> int:
    """Make every cached public page stale (they are keyed on the old number); returns
    the number readers see from now on (`_read`: one more than what nextval returned)."""
    _forget()
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT nextval(%s) + 1", [SEQUENCE])
        (version,) = cursor.fetchone()
    version_bumped.send(sender=None, version=version)
    return version


# Callables answering when the next scheduled item goes public (a datetime, or None): each
# app with scheduled content registers one (articles: the next scheduled article).
_due_sources = []


def register_due(source) -> None:
    if source not in _due_sources:
        _due_sources.append(source)


def _read(using: str = "default") -> tuple[int, float | None]:
    """The shared version and when the next scheduled item is due (indexed reads)."""
    with connections[using].cursor() as cursor:
        # last_value only moves on the first nextval when is_called is added to it.
        cursor.execute(f"SELECT last_value + is_called::int FROM {SEQUENCE}")  # noqa: S608
        (version,) = cursor.fetchone()
    dues = [due for due in (source() for source in _due_sources) if due is not None]
    return version, min(dues).timestamp() if dues else None


def content_version() -> int:
    """The current version; bumps it first when a scheduled article's time has come.

    When the database does not answer, the last version this process read is kept,
    so cached pages are still served.
    """
    if _pending_aliases():
        _settle_pending()
    now = time.time()
    fresh = 0 <= now - _Memo.read_at < getattr(settings, "PUBLIC_VERSION_LOCAL_SECONDS", 1.0)
    if _Memo.version is not None and fresh and (_Memo.due is None or now < _Memo.due):
        return _Memo.version
    try:
        if _Memo.due is not None and now >= _Memo.due:  # a scheduled article just went public
            bump_content_version()
        version, due = _read()
    except DatabaseError:
        if _Memo.version is None:
            raise
        return _Memo.version
    _Memo.version, _Memo.due, _Memo.read_at = version, due, now
    return version


def _settle_pending() -> None:
    """This process reads the version inside a transaction that changed public content
    (tests do; the admin redirects first): bump now, so it sees its own change. After a
    rollback there is nothing to see."""
    aliases = _pending_aliases()
    for using in list(aliases):
        aliases.discard(using)
        if connections[using].in_atomic_block:
            bump_content_version(using)


class _PerVersion:
    """`build()` kept in this process, and in the shared cache, per content version."""

    instances = []
    SHARED_SECONDS = 60 * 60

    def __init__(self, build, shared_prefix):
        self.build, self.prefix = build, shared_prefix
        self.version = self.value = None
        _PerVersion.instances.append(self)

    def __call__(self):
        try:
            version = content_version()
        except DatabaseError:  # no version to trust: the last copy, else try to build
            return self.value if self.version is not None else self.build()
        if version != self.version:
            self.value, self.version = self._shared(version), version
        return self.value

    def _shared(self, version):
        key = f"{self.prefix}:{version}"
        try:
            value = cache.get(key)
        except Exception:  # a cache server that is down costs the queries, never the page
            return self.build()
        if value is None:
            value = self.build()
            with contextlib.suppress(Exception):
                cache.set(key, value, self.SHARED_SECONDS)
        return value


def per_version(build, shared_prefix: str):
    """`build()` memoized per content version: in this process, then in the shared cache.

    The version moves with every change of public content, so a copy is never stale; each
    process asks the shared cache once per version (the site chrome, the category menu).
    """
    return _PerVersion(build, shared_prefix)


def forget_local() -> None:
    """Drop this process's copies (the version and everything kept per version)."""
    _forget()
    for memo in _PerVersion.instances:
        memo.version = memo.value = None


_bulk = threading.local()


@contextmanager
def bumps_deferred():
    """For bulk writers (an import): one bump at the end instead of two per saved row."""
    _bulk.deferred = True
    try:
        yield
    finally:
        _bulk.deferred = False
        bump_content_version()


def _public_content_apps() -> frozenset[str]:
    return frozenset(getattr(settings, "PUBLIC_CONTENT_APPS", DEFAULT_PUBLIC_CONTENT_APPS))


def _content_changed(sender, using="default", **kwargs) -> None:
    if getattr(_bulk, "deferred", False):
        return
    if sender._meta.app_label not in _public_content_apps():
        return
    if sender.__module__ == "__fake__":  # a data migration: post_migrate bumps once, after
        return
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed fires twice
        return
    connection = connections[using]
    if not connection.in_atomic_block:  # autocommit: the change is visible already
        bump_content_version(using)
        return
    # Other processes see the change on commit: one bump then, however many rows and
    # relations the transaction saved (an article with its tags, authors and related lists
    # is a dozen signals; every number a worker reads rebuilds every page it serves). A
    # bump inside the transaction would only make them rebuild pages from the old rows.
    _forget()
    _pending_aliases().add(using)
    if not any(isinstance(func, _CommitBump) for _, func, _ in connection.run_on_commit):
        transaction.on_commit(_CommitBump(using), using=using)


class _CommitBump:
    """The one bump after commit that a transaction's changes register."""

    def __init__(self, using: str):
        self.using = using

    def __call__(self) -> None:
        _pending_aliases().discard(self.using)
        bump_content_version(self.using)


def _migrated(using="default", **kwargs) -> None:
    """After migrations (a deploy), once, and only when the sequence exists."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_class WHERE relname = %s AND relkind = 'S'", [SEQUENCE])
        exists = cursor.fetchone() is not None
    if exists:
        bump_content_version(using)


def _settings_changed(setting, **kwargs) -> None:
    if setting == "CACHES" or setting.startswith("PUBLIC_"):
        forget_local()


def connect_signals(app_config) -> None:
    """Called once from ArticlesConfig.ready() (the app whose migration made the sequence)."""
    post_save.connect(_content_changed, dispatch_uid="public-content-saved")
    post_delete.connect(_content_changed, dispatch_uid="public-content-deleted")
    m2m_changed.connect(_content_changed, dispatch_uid="public-content-m2m")
    setting_changed.connect(_settings_changed, dispatch_uid="public-content-settings")
    post_migrate.connect(_migrated, sender=app_config, dispatch_uid="public-content-migrated")
