"""The few documents the site search shows in their own block, below the articles.

Two steps: the ids of the best BLOCK_SIZE of the newest BLOCK_RANKED matches (a lean
statement: no join, no validity), kept per content version like the articles' ranking
(core.version_memo); then only those rows, with today's validity, as plain columns through
a statement compiled once per process (core.prepared). Each row's HTML is kept for the values
it shows (a row's validity changes with the day, not with any save): the search page renders
no template per document.
"""

from django.db.models import F
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import version_memo as memo
from core.lru import LocalLRU
from core.prepared import SENTINEL_DAY, SENTINEL_ID, SENTINEL_NOW, AnyOf, Prepared
from documents.models import Document
from documents.querysets import validity_expression
from documents.search import BLOCK_RANKED, BLOCK_SIZE, NUMBER_LIKE, ranked

TEMPLATE = "documents/_document_row.html"
_rows_html = LocalLRU(1024)
forget_rows = _rows_html.clear  # tests: nothing kept from one test's database


class Named:
    """A joined row's name (the document's type, its issuer)."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


class DocumentRow:
    """What `_document_row.html` shows of a public document, read as plain columns."""

    COLUMNS = ("id", "number", "summary", "issued_on", "effective_on", "validity")
    JOINED = ("doc_type__name", "issuer__name")
    __slots__ = ("pk", *COLUMNS[1:], "doc_type", "issuer", "_values")

    def __init__(self, row):
        *values, doc_type, issuer = row
        for name, value in zip(("pk", *self.COLUMNS[1:]), values, strict=True):
            setattr(self, name, value)
        self.doc_type, self.issuer = Named(doc_type), Named(issuer)
        self._values = row

    # The model's own rules: the title from the type and number, the URL from them.
    title = Document.title
    slug = Document.slug
    get_absolute_url = Document.get_absolute_url
    get_validity_display = Document.get_validity_display

    @property
    def html(self):
        """The row's HTML, kept for the values it shows and the language."""
        key = (*self._values, get_language())
        html = _rows_html.get(key)
        if html is None:
            html = mark_safe(get_template(TEMPLATE).render({"document": self}))  # noqa: S308
            _rows_html.put(key, html)
        return html


_by_ids = Prepared(
    lambda now, today, ids: (
        Document.objects.published(now)
        .filter(AnyOf(F("id"), ids))
        .annotate(validity=validity_expression(Document, today, now))
        .values_list(*DocumentRow.COLUMNS, *DocumentRow.JOINED)
        .order_by()
    ),
    now=SENTINEL_NOW,
    today=SENTINEL_DAY,
    ids=[SENTINEL_ID],
)


def document_block(query: str) -> list[DocumentRow]:
    """The block's documents, best first (each with its `html`)."""
    numbers = bool(NUMBER_LIKE.search(query))

    def best_ids():
        best = ranked(Document.objects.published(), query, BLOCK_RANKED, numbers)
        return tuple(best.values_list("pk", flat=True)[:BLOCK_SIZE])

    ids = memo.per_version("documents", (query,), best_ids)
    if not ids:
        return []
    now = timezone.now()
    rows = _by_ids.rows(now=now, today=timezone.localdate(now), ids=list(ids))
    found = {row[0]: DocumentRow(row) for row in rows}
    return [found[pk] for pk in ids if pk in found]  # unless unpublished a moment ago
