"""The one folding rule of search: lower case, no tones, đ → d ("Gói" → "goi").

`fold` applies it in Python (to what people type); `folded` in SQL, through the IMMUTABLE
`public.f_unaccent` (articles migration 0020), so it can back indexes and generated columns.
"""

import unicodedata

from django.db.models import Func, TextField
from django.db.models.functions import Lower
from django.db.models.lookups import Contains

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower case without tones or đ, as the search configuration and `folded` see text."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def folded(expression):
    """`fold` in SQL; indexes on this expression serve `folded_contains`."""
    return Lower(Func(expression, function="public.f_unaccent", output_field=TextField()))


def folded_contains(expression, text: str, *, stored=False):
    """A filter: `expression`, folded (unless `stored` folded), contains `text`, folded."""
    return Contains(expression if stored else folded(expression), fold(text))
