"""The article page's cached fragments, and what renders them only when they are missing.

``templates/articles/detail.html`` wraps the expensive parts of the page in
``{% fragment "name" %}`` (``articles_tags``): the title, the head meta with JSON-LD, the
main column (breadcrumbs, body, byline, tags, related news, "Tin khác"), and the site
header and footer. Their keys hold the article's pk and ``updated_at``, the content
version (``articles.content_version``: bumped by any change of an article, author, tag,
category, static page or site identity, and when a scheduled article goes public) and
the scheme and host (the fragments hold absolute URLs). A key never names stale content,
so a fragment is never invalidated: it expires after ``FRAGMENT_SECONDS``.

All fragments of a page are read with one ``get_many``. The view hands the template an
``ArticleParts``, whose properties run their queries only when a fragment is rendered,
so a page whose fragments are cached costs one query. A preview passes no
``Fragments``: it always renders afresh and stores nothing.
"""

import contextlib
import logging
from functools import cached_property

from django.core.cache import cache
from django.db.models import prefetch_related_objects

from articles import seo
from articles.models import Article
from articles.related import related_articles

logger = logging.getLogger(__name__)
FRAGMENT_SECONDS = 60 * 60  # keys carry versions: this only bounds the memory they hold
OTHER_SIZE = 6
ARTICLE_FRAGMENTS = ("title", "meta", "main")
SITE_FRAGMENTS = ("header", "footer")


class Fragments:
    """The cached fragments of one article page, fetched at once."""

    def __init__(self, article, request, version):
        site = f"{version}:{request.scheme}://{request.get_host()}"
        own = f"{article.pk}:{article.updated_at.timestamp()}:{site}"
        self.keys = {name: f"fragment:article-{name}:{own}" for name in ARTICLE_FRAGMENTS}
        self.keys |= {name: f"fragment:article-{name}:{site}" for name in SITE_FRAGMENTS}
        try:
            found = cache.get_many(self.keys.values())
        except Exception:  # a cache server that is down costs the rendering, never the page
            logger.warning("Fragment cache unavailable", exc_info=True)
            found = {}
        self.html = {name: found.get(key) for name, key in self.keys.items()}

    def get(self, name):
        return self.html.get(name)

    def store(self, name, html):
        self.html[name] = html
        with contextlib.suppress(Exception):  # as above: the cache is only a shortcut
            cache.set(self.keys[name], html, FRAGMENT_SECONDS)


class ArticleParts:
    """What the fragments show, loaded on first use (that is, only on a cache miss)."""

    def __init__(self, article, request):
        self._article = article
        self._request = request

    @cached_property
    def article(self):
        """The article with its authors and tags (byline, tags, JSON-LD)."""
        prefetch_related_objects([self._article], "authors", "tags")
        return self._article

    @cached_property
    def related(self):
        return related_articles(self._article)

    @cached_property
    def others(self):
        shown = [self._article.pk, *(a.pk for a in self.related)]
        return list(Article.objects.published().exclude(pk__in=shown).for_list()[:OTHER_SIZE])

    @cached_property
    def jsonld(self):
        return seo.news_article(self.article, self._request)

    @cached_property
    def og_image(self):
        return seo.cover_url(self._article, self._request)
