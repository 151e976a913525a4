"""Articles as the API writes them: each one's JSON once per article version, then reused.

Like the HTML cards (articles.cards) and the RSS items (articles.feed_items): building the
model instances and running ArticleSummary's resolvers (absolute URLs, local times, cover
renditions) for every row was most of an uncached list. Each item is still written by
django-ninja's own schemas and renderer, as its operations do, and kept under what it shows:

* the article's version: `changed_at` moves with any change of what it shows, its tags,
  authors and related list and the names of its category, tags and authors included
  (articles.changes); `updated_at` and `published_at` with it;
* a detail's related ids as read now (a related article unpublished, or scheduled and come
  due, changes them without touching this one);
* where and how it is read: scheme and host (its URLs are absolute), language, time zone.

A list page reads its rows' versions only (api.listing.VERSION_FIELDS), loads in full just
the rows this process has not written yet, and joins the texts into the page: summaries are
kept in each process (an LRU; a page shows up to 100). A detail reads its version and
related ids in one query; its text (the body included) is kept in the shared cache, as the
article page's fragments are (articles.article_page): readers spread over many articles.
"""

import contextlib
import hashlib
import json

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from api import listing, schemas
from core.lru import LocalLRU

MAX_SUMMARIES = 2048  # ~2 KB each, kept as UTF-8 (as str, Vietnamese takes twice that)
DETAIL_SECONDS = 60 * 60  # keys carry versions: this only bounds the memory they hold
_summaries = LocalLRU(MAX_SUMMARIES)
forget_summaries = _summaries.clear


def _where(request):
    """How the request reads an article: scheme and host (absolute URLs), language, zone."""
    return (
        request.scheme,
        request.get_host(),
        get_language(),
        timezone.get_current_timezone_name(),
    )


def _key(row, where, *shown):
    return (row.pk, row.changed_at, row.updated_at, row.published_at, *shown, *where)


def _context(request):
    return {"request": request, "response_status": 200}


def _dumped(request, schema, data):
    """`data` read through `schema` and dumped, as a django-ninja operation does."""
    context = _context(request)
    return schema.model_validate(data, context=context).model_dump(context=context)


def _written(api, request, schema, data):
    """The JSON text of `data`, by `schema` and the API's own renderer."""
    return api.renderer.render(request, _dumped(request, schema, data), response_status=200)


def _response(api, text):
    return HttpResponse(text, content_type=api.get_content_type())


def _summaries_of(api, request, rows):
    """The JSON of each row's summary (UTF-8), in order (a row withdrawn meanwhile is left out).

    Each text is kept under the version of the article it was written from.
    """
    where = _where(request)
    texts = {row.pk: _summaries.get(_key(row, where)) for row in rows}
    missing = [pk for pk, text in texts.items() if text is None]
    if missing:
        for article in listing.summary_rows(missing):
            written = _written(api, request, schemas.ArticleSummary, article)
            texts[article.pk] = written.encode()
            _summaries.put(_key(article, where), texts[article.pk])
    return [texts[row.pk] for row in rows if texts[row.pk] is not None]


ENVELOPE = ("count", "page", "size", "next", "previous", "results", "tombstones")


def _envelope(request, body):
    """ArticlePage's fields but `results`, in the schema's order, as ninja writes them.

    Count, page, size and links are ints and strings that need no schema (a test holds them
    to what ninja writes); tombstones, present only in a sync, go through theirs.
    """
    if body["tombstones"]:
        return _dumped(request, schemas.ArticlePage, {**body, "results": []})
    return {name: body[name] for name in ENVELOPE}


def article_page(api, request, params):
    """One page of the article list: the kept items joined into ArticlePage's JSON."""
    body = listing.article_list(request, params)
    items = _summaries_of(api, request, body["results"])
    parts = []
    for name, value in _envelope(request, body).items():
        if name == "results":
            text = b"[" + b", ".join(items) + b"]"
        else:
            text = api.renderer.render(request, value, response_status=200).encode()
        parts.append(json.dumps(name).encode() + b": " + text)
    return _response(api, b"{" + b", ".join(parts) + b"}")


def _detail_key(row, request):
    raw = repr(_key(row, _where(request), tuple(row.related_ids)))
    return f"api:article:{row.pk}:{hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()}"


def article_detail(api, request, pk):
    """One article: its text kept in the shared cache while its version, its related list
    and where it is read stay the same."""
    key = _detail_key(listing.article_version(pk), request)
    try:
        text = cache.get(key)
    except Exception:  # the cache is a shortcut: when it fails, write the article
        text = None
    if text is None:
        article = listing.article_detail(pk)
        text = _written(api, request, schemas.ArticleDetail, article)
        with contextlib.suppress(Exception):
            cache.set(_detail_key(article, request), text, DETAIL_SECONDS)
    return _response(api, text)
