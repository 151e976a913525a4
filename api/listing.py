"""What each list and detail of the API reads: always through `Article.objects.published()`.

Lists are numbered pages in a stable order (newest first; oldest change first for a sync
with `updated_since`), cut by the index-only paginator, with a fixed number of queries. A
page's articles are read as their versions only (`versions`, SQL compiled once per process):
api.article_json keeps each one's JSON per version and loads in full (`summary_rows`) only
those it has not. The whole list newest first and each category's keep their count and
pages' first keys per content version, as the site's category pages do (core.pagination):
no count and no offset on any request.
"""

import contextlib
import hashlib
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from taggit.models import Tag, TaggedItem

from api import tombstones
from api.errors import ApiError, not_found
from api.models import Tombstone
from articles.menu import menu_category
from articles.models import Article, Author, Category
from articles.querysets import sync_time
from articles.related import related_ids
from core.content_version import content_version
from core.pagination import IndexPaginator
from core.prepared import SENTINEL_ID, SENTINEL_NOW, AnyOf, Prepared
from pages.models import StaticPage
from search.query import is_searchable, normalize_query, search_articles

NEWEST_FIRST = ("-published_at", "-id")
# What names one version of an article (api.article_json keys its JSON on them).
VERSION_FIELDS = ("id", "changed_at", "updated_at", "published_at")


class Version(NamedTuple):
    """One public article's version (VERSION_FIELDS), as a list page reads it."""

    pk: int
    changed_at: datetime
    updated_at: datetime
    published_at: datetime


_versions_by_id = Prepared(
    lambda now, ids: (
        Article.objects.published(now=now)
        .filter(AnyOf(F("id"), ids))
        .order_by()
        .values_list(*VERSION_FIELDS)
    ),
    now=SENTINEL_NOW,
    ids=[SENTINEL_ID],
)


def versions(ids) -> dict[int, Version]:
    """The versions of the public ones among `ids`, by id (one query, SQL built once)."""
    ids = list(ids)
    if not ids:
        return {}
    return {row[0]: Version(*row) for row in _versions_by_id.rows(now=timezone.now(), ids=ids)}


def _shaped(queryset):
    """The rows a list or a detail shows, with what they embed (no query per row)."""
    return (
        queryset.select_related("category", "category__parent")
        .defer("review_note")
        .prefetch_related("authors")
    )


def with_tags(articles):
    """Each article's tags as `tag_list`, for all of them in one query (taggit's own
    prefetch builds a queryset per article: a tenth of the list's CPU)."""
    found = defaultdict(list)
    items = TaggedItem.objects.filter(
        content_type=ContentType.objects.get_for_model(Article),
        object_id__in=[article.pk for article in articles],
    )
    for item in items.select_related("tag").order_by("tag__sort_key__key", "tag_id"):
        found[item.object_id].append(item.tag)
    for article in articles:
        article.tag_list = found[article.pk]
    return articles


def _link(request, number):
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


class CountedPaginator(IndexPaginator):
    """The index-only paginator whose count is kept per content version and list: counting
    every public article is ~40 ms at 100,000, and each page of a sync would count again.
    With an `index_key`, the count is the page index's (in this process, no cache call)."""

    def __init__(self, object_list, per_page, *, count_key, **options):
        super().__init__(object_list, per_page, **options)
        self.count_key = count_key

    @cached_property
    def count(self):
        if self._index is not None:
            return self._index.count
        key = f"api:count:{content_version()}:{self.count_key}"
        try:
            found = cache.get(key)
        except Exception:  # the cache is a shortcut: when it fails, count
            found = None
        if found is None:
            found = self.object_list.count()
            with contextlib.suppress(Exception):
                cache.set(key, found, settings.PUBLIC_PAGE_CACHE_SECONDS)
        return found


def _list_key(request):
    """The list and its filters, whatever the page and its size."""
    query = sorted((k, v) for k, v in request.GET.lists() if k not in ("page", "size"))
    raw = repr((request.path, query))
    return hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def paginate(request, objects, params, paginator_class=CountedPaginator, min_pages=1, **options):
    """One numbered page of `objects`; `min_pages` keeps pages that only tombstones fill.
    `options` go to CountedPaginator (IndexPaginator's `index_key`, `load`)."""
    if paginator_class is CountedPaginator:
        paginator = CountedPaginator(objects, params.size, count_key=_list_key(request), **options)
    else:
        paginator = paginator_class(objects, params.size)
    last = max(paginator.num_pages, min_pages)
    if params.page > last:
        raise ApiError(404, "page_not_found", _("Trang này không có."))
    rows = paginator.page(params.page).object_list if params.page <= paginator.num_pages else []
    return {
        "count": paginator.count,
        "page": params.page,
        "size": params.size,
        "next": _link(request, params.page + 1) if params.page < last else None,
        "previous": _link(request, params.page - 1) if params.page > 1 else None,
        "results": list(rows),
    }


def _local_midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def _date_to(params):
    """The last day asked for; the last representable day means no bound (no overflow)."""
    return params.published_to if params.published_to != date.max else None


def _filters(params):
    conditions = Q()
    if params.category:
        conditions &= Q(category__slug=params.category) | Q(category__parent__slug=params.category)
    if params.tag:
        conditions &= Q(tags__slug=params.tag)
    if params.author:
        conditions &= Q(authors__slug=params.author)
    if params.published_from:
        conditions &= Q(published_at__gte=_local_midnight(params.published_from))
    if _date_to(params):
        conditions &= Q(published_at__lt=_local_midnight(_date_to(params) + timedelta(days=1)))
    if params.updated_since:
        # Along article_sync_idx: published, or anything shown changed (articles.changes).
        conditions &= Q(GreaterThanOrEqual(sync_time(), params.updated_since))
    return conditions


def check_sync_window(params):
    """Refuse a sync older than the tombstones; keep the time in UTC (PostgreSQL takes
    offsets up to ±15:59 only), and a far-future time within range."""
    if params.updated_since is None:
        return
    since = params.updated_since
    if timezone.is_naive(since):
        since = timezone.make_aware(since)
    if since < tombstones.retention_start():
        message = _(
            "updated_since cũ hơn thời hạn lưu bài đã rút (%(days)s ngày): hãy đồng bộ lại từ đầu."
        ) % {"days": settings.API_TOMBSTONE_DAYS}
        raise ApiError(410, "sync_window_exceeded", message, {"updated_since": message})
    params.updated_since = min(since, timezone.now() + timedelta(days=1)).astimezone(UTC)


def _index_key(params):
    """The key of the list's page index: the whole list newest first, or a category's of the
    menu; None for the others. Only a bounded set of lists: the indexes are an LRU shared
    with the site's pages, which any slug a client makes up would otherwise evict."""
    dated = params.updated_since or params.published_from or params.published_to
    if dated or params.tag or params.author:
        return None
    if params.category and menu_category(params.category) is None:
        return None
    return ("api-articles", params.category)


def article_list(request, params):
    """The page's `results` are `Version`s, its `tombstones` Tombstone rows."""
    check_sync_window(params)
    q = normalize_query(params.q) if params.q is not None else None
    if q is not None:
        body = _search_page(request, params, q)
    else:
        published = Article.objects.published().filter(_filters(params))
        order = (sync_time().asc(), "id") if params.updated_since else NEWEST_FIRST
        withdrawn = _withdrawn(params)
        pages = -(-withdrawn.count() // params.size) if params.updated_since else 1
        rows = published.only(*VERSION_FIELDS).order_by(*order)
        body = paginate(
            request, rows, params, min_pages=pages, index_key=_index_key(params), load=versions
        )
    body["tombstones"] = []
    if params.updated_since:
        start = (params.page - 1) * params.size
        body["tombstones"] = list(_withdrawn(params)[start : start + params.size])
    return body


def _search_page(request, params, q):
    if not is_searchable(q):  # as the search page: too short to look for, nothing found
        return paginate(request, [], params, Paginator)
    category = None
    if params.category:
        category = Category.objects.filter(slug=params.category).first()
        if category is None:
            return paginate(request, [], params, Paginator)
    ranked = search_articles(
        q, category=category, date_from=params.published_from, date_to=_date_to(params)
    )
    ids = [pk for pk, _rank in ranked.ranked]
    if params.tag or params.author or params.updated_since:
        kept = set(
            Article.objects.published()
            .filter(_filters(params), pk__in=ids)
            .values_list("pk", flat=True)
        )
        ids = [pk for pk in ids if pk in kept]
    body = paginate(request, ids, params, Paginator)
    rows = versions(body["results"])
    body["results"] = [rows[pk] for pk in body["results"] if pk in rows]
    return body


def _withdrawn(params):
    """Tombstones since `updated_since`, oldest first (none without it)."""
    if params.updated_since is None:
        return Tombstone.objects.none()
    return tombstones.since(Tombstone.Kind.ARTICLE, params.updated_since)


def summary_rows(ids):
    """The public articles `ids` (any order) with all their summaries show."""
    return with_tags(list(_shaped(Article.objects.published()).defer("body").filter(pk__in=ids)))


def article_version(pk):
    """The public article's version fields and `related_ids` as shown now (one query)."""
    found = Article.objects.published().only(*VERSION_FIELDS).filter(pk=pk)
    row = found.annotate(related_ids=related_ids()).first()
    if row is None:
        raise not_found()
    return row


def article_detail(pk):
    """The public article `pk` with all its detail shows."""
    found = _shaped(Article.objects.published()).annotate(related_ids=related_ids())
    article = found.filter(pk=pk).first()
    if article is None:
        raise not_found()
    with_tags([article])
    return article


def categories():
    return Category.objects.order_by("position", "sort_key", "id")


def authors():
    return Author.objects.order_by("sort_key", "id")


def tags():
    """Tags of at least one public article (a tag only drafts use stays unknown).

    Per tag, its tagged items newest first along the (tag, object) index, each article
    looked up by primary key until a public one: scalar subqueries, which PostgreSQL runs
    as written. As an `Exists` semi-join the planner read every tagged item (0.2-0.8 s
    at 100,000 articles, against ~1 ms).
    """
    public = Article.objects.published().filter(pk=OuterRef("object_id")).values("pk")[:1]
    items = TaggedItem.objects.filter(
        tag_id=OuterRef("pk"), content_type=ContentType.objects.get_for_model(Article)
    )
    first_public = (
        items.annotate(public=Subquery(public))
        .filter(public__isnull=False)
        .order_by("-object_id")
        .values("id")[:1]
    )
    return (
        Tag.objects.annotate(first_public=Subquery(first_public))
        .filter(first_public__isnull=False)
        .order_by("sort_key__key", "id")
    )


def static_pages():
    return StaticPage.objects.published().order_by("position", "sort_key", "id")


def one(queryset, pk):
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise not_found()
    return found
