"""Searching the library by its words, with or without Vietnamese diacritics."""

import unicodedata

from django.db.models import Q

_D = str.maketrans({"đ": "d", "Đ": "D"})
SEARCHED = ("alt", "caption", "credit")


def fold(text: str) -> str:
    """'Gói bánh chưng' → 'goi banh chung' (what PostgreSQL's unaccent makes of the column)."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_D))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def matching(queryset, query: str):
    """Images whose alt, caption or credit hold every word of `query` (diacritics ignored)."""
    for word in fold(query).split()[:8]:
        condition = Q()
        for name in SEARCHED:
            condition |= Q(**{f"{name}__unaccent__icontains": word})
        queryset = queryset.filter(condition)
    return queryset
