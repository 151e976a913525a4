"""What the document endpoints read: always through `Document.objects.published()`, with the
register's own filters, validity rule and search (documents.search), as its public pages.

Lists are numbered pages, newest issued first (by relevance with `q`; oldest change first
for a sync with `updated_since`), with a fixed number of queries.
"""

import unicodedata

from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Greatest

from api import tombstones
from api.errors import not_found
from api.listing import NEWEST_FIRST, check_sync_window, paginate
from api.models import Tombstone
from articles.models import Article
from documents import search
from documents.models import Document, DocumentType, IssuingBody, Sector

NEWEST_ISSUED = ("-issued_on", "-id")
CHANGED = Greatest("updated_at", "published_at")
RELATED_ARTICLES = 10  # as many as the document page lists
LINKS = {  # field of the detail -> the lookup from the other document
    "replaces": "replaced_by",
    "replaced_by": "replaces",
    "amends": "amended_by",
    "amended_by": "amends",
}


def _public():
    return Document.objects.published()


def _filters(params):
    conditions = Q()
    for name in ("doc_type", "issuer", "sector"):
        if getattr(params, name):
            conditions &= Q(**{f"{name}__slug": getattr(params, name)})
    if params.year:
        conditions &= Q(issued_on__year=params.year)
    if params.issued_from:
        conditions &= Q(issued_on__gte=params.issued_from)
    if params.issued_to:
        conditions &= Q(issued_on__lte=params.issued_to)
    if params.updated_since:  # along document_updated_idx and document_scheduled_idx
        since = params.updated_since
        conditions &= Q(updated_at__gte=since) | Q(published_at__gte=since)
    return conditions


def _rows(params):
    documents = (
        _public()
        .filter(_filters(params))
        .select_related("doc_type", "issuer", "sector")
        .defer("body", "file_text")
        .with_validity()
    )
    if params.validity:
        documents = documents.in_state(params.validity)
    return documents


def document_list(request, params):
    check_sync_window(params)
    query = " ".join(unicodedata.normalize("NFC", params.q or "").split())
    withdrawn = _withdrawn(params)
    if query:  # the register's search: the newest matches, by relevance
        body = paginate(request, search.ranked(_rows(params), query), params, Paginator)
    else:
        order = (CHANGED.asc(), "id") if params.updated_since else NEWEST_ISSUED
        pages = -(-withdrawn.count() // params.size) if params.updated_since else 1
        body = paginate(request, _rows(params).order_by(*order), params, min_pages=pages)
    start = (params.page - 1) * params.size
    body["tombstones"] = list(withdrawn[start : start + params.size])
    return body


def _withdrawn(params):
    if params.updated_since is None:
        return Tombstone.objects.none()
    return tombstones.since(Tombstone.Kind.DOCUMENT, params.updated_since)


def document_detail(pk):
    document = _public().for_detail().filter(pk=pk).first()
    if document is None:
        raise not_found()
    linked = _public().with_validity().select_related("doc_type").order_by(*NEWEST_ISSUED)
    document.links = {
        field: list(linked.filter(**{lookup: document})) for field, lookup in LINKS.items()
    }
    document.files_shown = list(document.files.all())
    document.related_article_ids = list(
        Article.objects.published()
        .filter(pk__in=document.related_articles.values("pk"))
        .order_by(*NEWEST_FIRST)
        .values_list("pk", flat=True)[:RELATED_ARTICLES]
    )
    return document


def document_types():
    return DocumentType.objects.order_by("position", "name", "id")


def issuing_bodies():
    return IssuingBody.objects.order_by("position", "name", "id")


def sectors():
    return Sector.objects.order_by("position", "name", "id")
