"""Finding documents: the register's filters and its search (the site search's block: block.py).

The words are matched with the same diacritic-free configuration as articles; the number
(số ký hiệu) is also matched as typed, partly and without diacritics, on `number_key`.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, F, FloatField, Q, Value, When

from articles.search_vector import SEARCH_CONFIG
from core.folding import fold
from documents.models import Document

BLOCK_SIZE = 3
NUMBER_BOOST = 10.0
NUMBER_MIN = 3
MAX_RANKED = 200  # like the article search: the newest matches are ranked, not all
# The site search shows BLOCK_SIZE documents: ranking the newest few dozen matches is enough,
# and words without a digit or "/" are not a number (số ký hiệu always has both), so the block
# skips the trigram scan of numbers for them; the register's own search still does both.
BLOCK_RANKED = 30
NUMBER_LIKE = re.compile(r"[\d/]")


def _query(query: str, numbers: bool = True):
    words = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    number = fold(query).strip()
    # The trigram index serves patterns of 3 characters or more; shorter ones match words only.
    if numbers and len(number) >= NUMBER_MIN:
        return words, Q(number_key__contains=number)
    return words, None


def matching(queryset, query: str, numbers: bool = True):
    """`queryset` narrowed to the documents matching `query`, with a `rank` annotation."""
    words, in_number = _query(query, numbers)
    found = Q(search_vector=words) if in_number is None else in_number | Q(search_vector=words)
    return _with_rank(queryset.filter(found), query, numbers)


def _with_rank(queryset, query: str, numbers: bool = True):
    words, in_number = _query(query, numbers)
    if in_number is None:
        return queryset.annotate(rank=SearchRank(F("search_vector"), words))
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


def ranked(documents, query: str, limit: int | None = None, numbers: bool = True):
    """The newest `limit` (MAX_RANKED) matches, by relevance (ranking reads each vector)."""
    newest = matching(documents, query, numbers).order_by("-issued_on", "-id").values("pk")
    chosen = _with_rank(documents.filter(pk__in=newest[: limit or MAX_RANKED]), query, numbers)
    return chosen.order_by("-rank", "-issued_on", "-id")
