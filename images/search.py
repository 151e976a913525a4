"""Searching the library by its words, with or without Vietnamese diacritics (core.folding)."""

from functools import reduce
from operator import or_

from django.db.models import F, Q

from core.folding import fold, folded_contains

SEARCHED = ("alt", "caption", "credit")


def matching(queryset, query: str):
    """Images whose alt, caption or credit hold every word of `query` (diacritics ignored)."""
    for word in fold(query or "").split()[:8]:
        found = (Q(folded_contains(F(name), word)) for name in SEARCHED)
        queryset = queryset.filter(reduce(or_, found))
    return queryset
