"""Finding documents: the register's filters, its search, and the block on the site search.

The words are matched with the same diacritic-free configuration as articles; the number
(số ký hiệu) is also matched as typed, partly and without diacritics, on `number_key`.
"""

import unicodedata

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, F, FloatField, Q, Value, When

from articles.search_vector import SEARCH_CONFIG
from documents.models import Document

BLOCK_SIZE = 5
NUMBER_BOOST = 10.0
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """What `number_key` holds for `text`: lower case, no tones, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def matching(queryset, query: str):
    """`queryset` narrowed to the documents matching `query`, with a `rank` annotation."""
    words = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    number = fold(query).strip()
    in_number = Q(number_key__contains=number)
    return queryset.filter(in_number | Q(search_vector=words)).annotate(
        rank=SearchRank(F("search_vector"), words)
        + Case(
            When(in_number, then=Value(NUMBER_BOOST)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )


def filtered(data: dict, query: str, sort: str):
    """The public list: filters from a cleaned DocumentFilterForm, then search and order."""
    documents = Document.objects.published().for_list()
    for field in ("doc_type", "issuer", "sector"):
        if data.get(field):
            documents = documents.filter(**{field: data[field]})
    if data.get("year"):
        documents = documents.filter(issued_on__year=data["year"])
    if data.get("validity"):
        documents = documents.filter(validity=data["validity"])
    if query:
        documents = matching(documents, query)
        if sort != "date":
            return documents.order_by("-rank", "-issued_on", "-id")
    return documents


def document_block(query: str):
    """The few documents the site search shows in their own block."""
    public = Document.objects.published().for_list()
    return list(matching(public, query).order_by("-rank", "-issued_on", "-id")[:BLOCK_SIZE])
