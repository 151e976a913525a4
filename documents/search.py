"""Finding documents: the register's filters, its search, and the block on the site search.

The words are matched with the same diacritic-free configuration as articles; the number
(số ký hiệu) is also matched as typed, partly and without diacritics, on `number_key`.
"""

import unicodedata

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, F, FloatField, Q, Value, When

from articles.search_vector import SEARCH_CONFIG
from documents.models import Document

BLOCK_SIZE = 3
NUMBER_BOOST = 10.0
NUMBER_MIN = 3
MAX_RANKED = 200  # like the article search: the newest matches are ranked, not all
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """What `number_key` holds for `text`: lower case, no tones, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _query(query: str):
    words = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    number = fold(query).strip()
    # The trigram index serves patterns of 3 characters or more; shorter ones match words only.
    in_number = Q(number_key__contains=number) if len(number) >= NUMBER_MIN else Q(pk__in=[])
    return words, in_number


def matching(queryset, query: str):
    """`queryset` narrowed to the documents matching `query`, with a `rank` annotation."""
    words, in_number = _query(query)
    return _with_rank(queryset.filter(in_number | Q(search_vector=words)), query)


def _with_rank(queryset, query: str):
    words, in_number = _query(query)
    return queryset.annotate(
        rank=SearchRank(F("search_vector"), words)
        + Case(
            When(in_number, then=Value(NUMBER_BOOST)), default=Value(0.0), output_field=FloatField()
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
        documents = documents.in_state(data["validity"])
    if query and sort == "date":
        return matching(documents, query)
    if query:
        return ranked(documents, query)
    return documents


def ranked(documents, query: str):
    """The newest MAX_RANKED matches, by relevance (ranking reads each match's vector)."""
    newest = matching(documents, query).order_by("-issued_on", "-id").values("pk")[:MAX_RANKED]
    chosen = _with_rank(documents.filter(pk__in=newest), query)
    return chosen.order_by("-rank", "-issued_on", "-id")


def document_block(query: str):
    """The few documents the site search shows in their own block."""
    return list(ranked(Document.objects.published().for_list(), query)[:BLOCK_SIZE])
