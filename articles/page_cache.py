"""Full-page cache for anonymous readers of public pages.

A route opts in where it is declared, in the URL conf::

    path("", public_page(views.home), name="home")
    path("<slug:slug>/", public_page(views.category_detail, query=("page",)), ...)

``query`` names the query parameters the view reads; other parameters (``utm_*``,
``fbclid`` from shared links…) do not split the cache. The work is done by two
middleware classes: ``PublicPageFrontMiddleware``, first in ``MIDDLEWARE``, stores the
final response (security and CSP headers, cookies included) and serves a reader without
a session cookie from it before any other middleware runs, URL resolution aside;
``PublicPageCacheMiddleware``, after the session and authentication middleware, decides
for requests that carry a session cookie (a signed-in editor, or a reader whose session
ended) and gives signed-in users never-cache headers:

* only anonymous GET/HEAD requests are served from or stored in the cache; a request
  carrying a session cookie of a signed-in user (editors, previews) never is, and gets
  never-cache headers unless the view set its own;
* only 200 responses without Set-Cookie and without ``private``/``no-store``/``no-cache``
  are stored, keyed on the content version (``core.content_version``), the host, the path,
  the declared parameters and the language, for at most ``PUBLIC_PAGE_CACHE_SECONDS``;
* each process also keeps its last ``PUBLIC_PAGE_LOCAL_ENTRIES`` pages (256) in memory,
  so a popular page is served with no round trip to Redis at all;
* public responses carry ``Cache-Control: public, max-age=PUBLIC_PAGE_MAX_AGE``,
  ``Vary: Cookie``, an ETag and (when cached) Last-Modified, and a matching
  conditional GET is answered with 304.

``PUBLIC_PAGE_CACHE = False`` turns the server-side store off (headers and 304 stay).
"""

import functools
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import DatabaseError
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language

from articles import stale_pages
from core.content_version import content_version
from core.lru import LocalLRU

logger = logging.getLogger(__name__)
MARK = "public_page_query"
VISIT = "public_page_visit"  # the request attribute holding the _Visit
MAX_PARAM_LENGTH = 40
UNCACHEABLE_DIRECTIVES = frozenset({"private", "no-store", "no-cache"})
# A previous copy served while the page is rebuilt elsewhere is kept in this process this
# long (never past the grace): readers of a popular page then cost no round trip each.
STALE_RECHECK_SECONDS = 0.25


def public_page(view=None, *, query=()):
    """Mark a view as a public page (see the module docstring); usable with or without ()."""

    def mark(func):
        @functools.wraps(func)
        def wrapper(request, *args, **kwargs):
            return func(request, *args, **kwargs)

        setattr(wrapper, MARK, frozenset(query))
        return wrapper

    return mark(view) if view is not None else mark


class _Visit:
    """What the middleware decided for one request to a public page."""

    __slots__ = ("anonymous", "page", "hit", "slot")

    def __init__(self, anonymous, page=None):
        self.anonymous = anonymous
        self.page = page
        self.hit = False
        self.slot = None  # the rebuild slot this request holds (articles.stale_pages)


def _signed_in(request) -> bool:
    # Without a session cookie nobody is signed in: skip loading the session at all.
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


class _PageKey:
    """A page's cache key: the content version and a digest of what names the page."""

    __slots__ = ("version", "digest", "key")

    def __init__(self, version, digest):
        self.version, self.digest = version, digest
        self.key = f"public:page:{version}:{digest}"


def _single_language() -> str | None:
    """The site's only language, when it has one: then the key needs no LocaleMiddleware."""
    languages = settings.LANGUAGES
    return languages[0][0] if len(languages) == 1 else None


def _page_language() -> str:
    return _single_language() or get_language() or ""


def _cache_key(request, query):
    """The page's key, or None when its query string is not one worth caching."""
    params = []
    for name, values in request.GET.lists() if request.META.get("QUERY_STRING") else ():
        if name in query:
            if len(values) != 1 or len(values[0]) > MAX_PARAM_LENGTH:
                return None
            params.append((name, values[0]))
    raw = "|".join(
        [
            request.scheme,
            request.get_host(),
            request.path,
            urlencode(sorted(params)),
            _page_language(),
        ]
    )
    digest = hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()
    return _PageKey(content_version(), digest)


class _LocalPages:
    """The pages this process served last (an LRU); keys carry the content version."""

    def __init__(self):
        self.lock = threading.Lock()
        self.entries = OrderedDict()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if time.time() >= entry[3]:  # its shared copy has expired too
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        size = getattr(settings, "PUBLIC_PAGE_LOCAL_ENTRIES", 256)
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > max(size, 0):
                self.entries.popitem(last=False)

    def clear(self):
        with self.lock:
            self.entries.clear()


_local_pages = _LocalPages()


def _settings_changed(setting, **kwargs):
    if setting in ("CACHES", "ROOT_URLCONF", "LANGUAGES") or setting.startswith("PUBLIC_"):
        _local_pages.clear()
        _marks.clear()
        stale_pages.forget_local()


setting_changed.connect(_settings_changed, dispatch_uid="public-page-cache-settings")


def _lookup(visit):
    """The entry to serve for `visit.page`, or None with the rebuild to do (the slot it
    takes, if any, is kept on the visit and released by PublicPageFrontMiddleware)."""
    page = visit.page
    entry = _local_pages.get(page.key)
    if entry is None:
        # Not in this process: the shared copy; else, while another reader rebuilds the
        # page or every rebuild slot is taken, the previous copy within the grace; else
        # this reader renders it (holding a slot).
        entry, visit.slot, fresh = stale_pages.find(page)
        if fresh:
            _local_pages.put(page.key, entry)
        elif entry is not None:  # this process serves it without asking again, briefly
            recheck = time.time() + STALE_RECHECK_SECONDS
            _local_pages.put(page.key, (*entry[:3], min(entry[3], recheck)))
    visit.hit = entry is not None
    return entry


def _response(entry):
    status, headers, content, _expires = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def _store(page, entry):
    """The page under its key, and as its last copy for the stale-while-revalidate
    fallback: one round trip. Both live as long as the last copy; the page is served
    only until its own expiry (entry[3])."""
    _local_pages.put(page.key, entry)
    latest = stale_pages.latest_items(page.digest, page.version, entry)
    try:
        cache.set_many({page.key: entry, **latest}, stale_pages.LATEST_SECONDS)
    except Exception:  # a failing cache never fails the page
        logger.warning("Public page cache unavailable", exc_info=True)


def _storable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in response.get("Cache-Control", "").split(",")
    }
    return not directives & UNCACHEABLE_DIRECTIVES


CONDITIONAL_HEADERS = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def _conditional(request, response):
    if not any(name in request.META for name in CONDITIONAL_HEADERS):
        return response  # the common case, spared the date parsing
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified")),
        response=response,
    )


_NOT_PUBLIC = object()


_marks = LocalLRU(4096)  # path -> the `query` its public page declares, or _NOT_PUBLIC


def _mark(path_info):
    """This process's memo of URL resolution for the front door."""
    mark = _marks.get(path_info)
    if mark is None:
        try:
            mark = getattr(resolve(path_info).func, MARK, _NOT_PUBLIC)
        except Resolver404:
            mark = _NOT_PUBLIC
        _marks.put(path_info, mark)
    return mark


class PublicPageFrontMiddleware:
    """First in MIDDLEWARE: answers readers from the cache before the rest of the stack,
    and stores (with the cache headers) what the whole stack answered to a public page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        visit = self._enter(request)
        if visit is not None and visit.page is not None:
            entry = _lookup(visit)
            if entry is not None:
                return _conditional(request, _response(entry))
        try:
            response = self.get_response(request)
        finally:
            visit = getattr(request, VISIT, None)
            if visit is not None and visit.slot is not None:
                stale_pages.release(visit.slot)
        if visit is None or not visit.anonymous:
            return response
        if visit.hit:  # served by PublicPageCacheMiddleware: already stored
            return _conditional(request, response)
        if not _storable(response):
            return response
        patch_cache_control(
            response, public=True, max_age=getattr(settings, "PUBLIC_PAGE_MAX_AGE", 60)
        )
        patch_vary_headers(response, ("Cookie",))
        set_response_etag(response)
        if visit.page:
            now = time.time()
            timeout = getattr(settings, "PUBLIC_PAGE_CACHE_SECONDS", 60)
            response["Last-Modified"] = http_date(now)
            entry = (response.status_code, list(response.items()), response.content, now + timeout)
            _store(visit.page, entry)
        return _conditional(request, response)

    @staticmethod
    def _enter(request):
        """The visit of a reader with no session cookie to a public page, else None (then
        PublicPageCacheMiddleware decides, once the session is known)."""
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        if _single_language() is None:  # the page's language is LocaleMiddleware's to find
            return None
        query = _mark(request.path_info)
        if query is _NOT_PUBLIC:
            return None
        try:
            visit = _Visit(anonymous=True, page=_key_or_none(request, query))
        except DisallowedHost:  # the stack answers 400
            return None
        setattr(request, VISIT, visit)
        return visit


def _key_or_none(request, query):
    if not getattr(settings, "PUBLIC_PAGE_CACHE", True):
        return None
    try:
        return _cache_key(request, query)
    except DatabaseError:  # no version to key on: the view answers as it can
        return None


class PublicPageCacheMiddleware:
    """Public pages for requests the front door passed on: signed-in users are never served
    or stored; an anonymous reader with a session cookie is served from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        query = getattr(view_func, MARK, None)
        if query is None or request.method not in ("GET", "HEAD"):
            return None
        if getattr(request, VISIT, None) is not None:  # the front door's reader
            return None
        if _signed_in(request):
            setattr(request, VISIT, _Visit(anonymous=False))
            return None
        visit = _Visit(anonymous=True, page=_key_or_none(request, query))
        setattr(request, VISIT, visit)
        entry = _lookup(visit) if visit.page else None
        return _response(entry) if entry is not None else None

    def __call__(self, request):
        response = self.get_response(request)
        visit = getattr(request, VISIT, None)
        if visit is not None and not visit.anonymous and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response
