"""Numbered pages that stay cheap however deep: page 500 costs about what page 1 does.

A plain ``LIMIT 20 OFFSET 9980`` on a query that selects whole rows makes PostgreSQL
fetch and throw away 9,980 table rows. ``IndexPaginator`` splits it in two:

1. the page's primary keys, ``SELECT id … ORDER BY published_at DESC, id DESC
   LIMIT 20 OFFSET 9980``: every column it touches is in the list's index
   (``article_cat_pub_idx``, ``article_pub_idx``), so the offset is skipped in an
   index-only scan, without reading the table;
2. those 20 rows by primary key, with the queryset's ``select_related`` /
   ``prefetch_related`` / ``defer`` intact, in the order of step 1.

The count is ``SELECT COUNT(*)`` on the same filter, an index-only scan as well.

With an ``index_key`` (a list ordered newest first: category, author, tag), the count and
the key (published_at, id) of every page's first row are read once per content version in
this process (``PageIndex``); a page is then ``WHERE (published_at, id) <= its key …
LIMIT 20``, where the index walk starts: no count and no offset on any request, so the
deepest page costs what page 1 does. The version moves with every public change (and when a
scheduled article falls due), so the index is never stale. That query's SQL is compiled once
per index (core.prepared), and ``load`` may read the page's rows in a cheaper shape than
model instances (the article lists read card rows: articles/card_rows.py).
"""

from array import array
from datetime import UTC, datetime, timedelta

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F
from django.db.models.fields.tuple_lookups import Tuple, TupleLessThanOrEqual
from django.utils.functional import cached_property

from core.content_version import content_version
from core.lru import LocalLRU
from core.prepared import SENTINEL_ID, SENTINEL_NOW, Prepared

NEWEST_FIRST = ("-published_at", "-id")
MAX_INDEXES = 64  # lists kept per process (about 80 KB for a 100,000-article list)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The key of each page's first row, numbered in the list's own order (presorted by the index).
_FIRST_KEYS_SQL = (
    "SELECT published_at, id FROM (SELECT q.published_at, q.id, row_number() OVER "
    "(ORDER BY q.published_at DESC, q.id DESC) AS n FROM ({keys}) q) s "
    "WHERE n %% %s = 1 ORDER BY n"
)


class PageIndex:
    """A list's count and its pages' first keys, as of one content version, and the SQL of
    one page's ids (`page_ids`)."""

    def __init__(self, count: int, first_keys: list[tuple[datetime, int]], page_ids: Prepared):
        self.count = count
        self.page_ids = page_ids
        self.micros = array(
            "q", ((at - _EPOCH) // timedelta(microseconds=1) for at, _ in first_keys)
        )
        self.ids = array("q", (pk for _, pk in first_keys))

    def first_key(self, page_index: int) -> tuple[datetime, int]:
        return _EPOCH + timedelta(microseconds=self.micros[page_index]), self.ids[page_index]


_indexes = LocalLRU(MAX_INDEXES)  # keyed with the version: older ones age out


def _build(listing, per_page: int) -> PageIndex:
    keys_sql, params = listing.values_list("published_at", "id").query.sql_with_params()
    # Numbered in the list's own order (the inner ORDER BY walks the index, presorted).
    # keys_sql is Django's compiled query; its values are in params.
    sql = _FIRST_KEYS_SQL.format(keys=keys_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, per_page])
        first_keys = cursor.fetchall()
    ids = listing.values_list("pk")

    def page_ids(at, pk):
        # The scalar bound is implied by the row comparison, but only it lets PostgreSQL start
        # the index walk at the key: beside "published_at <= now()" (the list's own filter) a
        # row comparison alone is checked entry by entry from the newest (2.2 ms at page 500
        # of 100,000 articles, 0.2 ms with the bound: what page 1 costs).
        # The bound must come before the row comparison in the SQL: PostgreSQL (17, 18)
        # starts the scan at the first of the keys it cannot compare with each other.
        key = TupleLessThanOrEqual(Tuple(F("published_at"), F("id")), (at, pk))
        return ids.filter(published_at__lte=at).filter(key)

    prepared = Prepared(lambda at, pk: page_ids(at, pk)[:per_page], at=SENTINEL_NOW, pk=SENTINEL_ID)
    return PageIndex(listing.count(), first_keys, prepared)


def page_index(listing, per_page: int, key) -> PageIndex:
    memo_key = (content_version(), key, per_page)
    index = _indexes.get(memo_key)
    if index is None:
        index = _build(listing, per_page)
        _indexes.put(memo_key, index)
    return index


forget_page_indexes = _indexes.clear


class IndexPaginator(Paginator):
    """A Paginator for an ordered model queryset; same API as Django's ``Paginator``."""

    def __init__(
        self,
        object_list,
        per_page,
        orphans=0,
        allow_empty_first_page=True,
        *,
        index_key=None,
        load=None,
    ):
        """`load(ids)`: the rows of those ids by id, in any shape with a `pk` (default:
        `object_list`'s model instances)."""
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        ordered = tuple(object_list.query.order_by) == NEWEST_FIRST
        self.index_key = index_key if ordered else None
        self.load = load or self._instances

    def _instances(self, ids):
        return {obj.pk: obj for obj in self.object_list.filter(pk__in=ids)}

    @cached_property
    def _index(self) -> PageIndex | None:
        if self.index_key is None:
            return None
        listing = self.object_list.prefetch_related(None)
        return page_index(listing, self.per_page, self.index_key)

    @cached_property
    def count(self):
        return self._index.count if self._index is not None else super().count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        # A page beyond the index (a commit between its two reads): the offset, as without it.
        # The last page holding orphans is longer than the index's pages: the offset too.
        indexed = self._index is not None and 0 < top - bottom <= self.per_page
        if indexed and number <= len(self._index.ids):
            at, pk = self._index.first_key(number - 1)
            ids = [row[0] for row in self._index.page_ids.rows(at=at, pk=pk)][: top - bottom]
        else:
            listing = self.object_list.prefetch_related(None).values_list("pk", flat=True)
            ids = list(listing[bottom:top])
        rows = self.load(ids) if ids else {}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
