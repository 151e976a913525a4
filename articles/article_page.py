"""The article page's cached fragments, and what renders them only when they are missing.

``templates/articles/detail.html`` and ``_detail_main.html`` wrap the expensive parts of the
page in ``{% fragment "name" %}`` (``articles_tags``). Two kinds, by what they show:

* the article's own parts (the title, the head meta with JSON-LD, the breadcrumbs and the
  story: body, byline, tags, sharing) are keyed on the article's pk and ``changed_at``
  (moved by any change of what the article shows: its fields, tags, authors, and the names
  of its category, authors and tags; see ``articles.changes``) and the site identity's
  ``updated_at``, so a publication elsewhere leaves them valid: after each change of the
  content version, an article page is rebuilt from its kept story, not from scratch;
* what depends on other articles (related news, "Tin khác") and the site header and footer
  are keyed on the content version (``core.content_version``).

Both carry the scheme and host (the fragments hold absolute URLs) and the language. A key
never names stale content, so a fragment is never invalidated: it expires after
``FRAGMENT_SECONDS``.

A page whose fragments are cached costs one SQL query (``public_head``: is the article
public, and its URL parts and ``changed_at``) and one ``get_many``, none when this process
served the page lately (it keeps recent fragments, bounded by their length). Everything else
is loaded by ``ArticleParts`` on first use, that is only while a fragment is rendered; the
newest articles behind "Tin khác" are read once per content version and process.
A preview passes no ``Fragments``: it always renders afresh and stores nothing.
"""

import contextlib
import functools
import logging

from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from articles import seo
from articles.models import Article
from articles.related import related_articles
from core.lru import LocalLRU
from core.prepared import SENTINEL_ID, SENTINEL_NOW, Prepared
from pages.identity import site_identity

logger = logging.getLogger(__name__)
FRAGMENT_SECONDS = 60 * 60  # keys carry versions: this only bounds the memory they hold
OTHER_SIZE = 6
OWN_FRAGMENTS = ("title", "meta", "crumbs", "story")  # per article version
AROUND_FRAGMENTS = ("related", "others")  # per content version
SITE_FRAGMENTS = ("header", "footer")
HEAD_FIELDS = ("slug", "category__slug", "changed_at")
RELATED_SIZE = 6
_newest = LocalLRU(2)  # the newest articles, per content version
MAX_BIGINT = 2**63 - 1
LOCAL_ENTRIES = 4096
LOCAL_CHARS = 10_000_000  # 20-40 MB at most per process (Vietnamese text: 2-4 bytes a char)


# Built by the ORM once per process from the one door to public content (core.prepared):
# the page runs it on every view, and building it cost more than PostgreSQL answering it.
_head = Prepared(
    lambda now, pk: Article.objects.published(now=now).filter(pk=pk).values_list(*HEAD_FIELDS)[:1],
    now=SENTINEL_NOW,
    pk=SENTINEL_ID,
)


def public_head(pk):
    """(slug, category slug, changed_at) of a public article, or None."""
    if not 0 < pk <= MAX_BIGINT:  # the ORM would answer "no such row"; PostgreSQL, an error
        return None
    rows = _head.rows(now=timezone.now(), pk=pk)
    return rows[0] if rows else None


# Each process also keeps the fragments it served last (their keys never name stale content):
# a popular article's page then needs no round trip to the cache server.
_local = LocalLRU(LOCAL_ENTRIES, max_chars=LOCAL_CHARS)
forget_local_fragments = _local.clear


def _identity_stamp():
    identity = site_identity()
    changed = getattr(identity, "updated_at", None)
    return changed.timestamp() if changed else ""


class Fragments:
    """The cached fragments of one article page: this process's copies, the rest fetched
    from the shared cache at once."""

    def __init__(self, request, pk, changed_at, version):
        place = f"{request.scheme}://{request.get_host()}:{get_language()}"
        own = f"{pk}:{changed_at.timestamp()}:{_identity_stamp()}:{place}"
        site = f"{version}:{place}"
        self.keys = {name: f"fragment:article-{name}:{own}" for name in OWN_FRAGMENTS}
        self.keys |= {name: f"fragment:article-{name}:{pk}:{site}" for name in AROUND_FRAGMENTS}
        self.keys |= {name: f"fragment:article-{name}:{site}" for name in SITE_FRAGMENTS}
        self.html = {name: _local.get(key) for name, key in self.keys.items()}
        self._rendered = {}
        missing = [key for name, key in self.keys.items() if self.html[name] is None]
        if missing:
            self._fetch(missing)

    @property
    def complete(self):
        """Every fragment of the page is at hand: nothing to render."""
        return None not in self.html.values()

    def _fetch(self, keys):
        try:
            found = cache.get_many(keys)
        except Exception:  # a cache server that is down costs the rendering, never the page
            logger.warning("Fragment cache unavailable", exc_info=True)
            return
        for name, key in self.keys.items():
            if key in found:
                self.html[name] = found[key]
                _local.put(key, found[key])

    def get(self, name):
        return self.html.get(name)

    def store(self, name, html):
        self.html[name] = html
        _local.put(self.keys[name], html)
        self._rendered[self.keys[name]] = html

    def save(self):
        """Send the fragments this page rendered to the shared cache: one round trip."""
        if self._rendered:
            with contextlib.suppress(Exception):  # as above: the cache is only a shortcut
                cache.set_many(self._rendered, FRAGMENT_SECONDS)
            self._rendered = {}


def _newest_articles(version):
    """The newest public articles, enough to fill "Tin khác" beside any related list."""
    found = _newest.get(version)
    if found is None:
        size = OTHER_SIZE + RELATED_SIZE + 1
        found = tuple(Article.objects.published().for_list()[:size])
        _newest.put(version, found)
    return found


def forget_newest() -> None:
    _newest.clear()


class ArticleParts:
    """What the fragments show, loaded on first use (that is, only on a cache miss)."""

    def __init__(self, request, pk, version):
        self._request = request
        self._pk = pk
        self._version = version

    @functools.cached_property
    def article(self):
        """The article, its category (with parent), authors and tags."""
        article = get_object_or_404(Article.objects.published().for_detail(), pk=self._pk)
        prefetch_related_objects([article], "authors", "tags")
        return article

    @functools.cached_property
    def related(self):
        return related_articles(Article(pk=self._pk), limit=RELATED_SIZE)

    @functools.cached_property
    def others(self):
        shown = {self._pk, *(a.pk for a in self.related)}
        return [a for a in _newest_articles(self._version) if a.pk not in shown][:OTHER_SIZE]

    @functools.cached_property
    def jsonld(self):
        return seo.news_article(self.article, self._request)

    @functools.cached_property
    def og_image(self):
        return seo.cover_url(self.article, self._request)
