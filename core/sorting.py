"""Vietnamese alphabetical order as a key compared byte by byte, whatever the server's collation.

Letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z where Latin
puts them), digits before letters and numbers by value, case ignored. Word by word: a
word's letters first, then its tone: none, huyền, hỏi, ngã, sắc, nặng (dictionaries' and
CLDR's order). People: the given name (last word) first, then the rest ("An Nguyễn Văn").
"""

import re
import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _

# Each letter becomes two ASCII characters: its base letter and its variant (ă = "a1").
_VARIANTS = {"\u0306": {"a": "1"}, "\u0302": {"a": "2", "e": "1", "o": "1"}}
_VARIANTS["\u031b"] = {"o": "2", "u": "1"}
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_LETTERS = {**{c: c + "0" for c in "abcdefghijklmnopqrstuvwxyz"}, "đ": "d1", "ð": "d1"}
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_DIGITS = re.compile(r"[0-9]+")
_END_OF_WORD = "!"  # below every unit, so "an" comes before "anh"
_OTHER = "~"  # any other letter: after z, by code point
_MAX_DIGITS = 40  # the length of a number is one character, below "a"


def _number(digits: str) -> str:
    digits = digits.lstrip("0")[:_MAX_DIGITS] or "0"
    return chr(ord("0") + len(digits)) + digits


def _word(word: str) -> str:
    units, tone, pos = [], "0", 0
    while pos < len(word):
        char = word[pos]
        digits = _DIGITS.match(word, pos)
        if digits:
            units.append(_number(digits.group()))
            pos = digits.end()
            continue
        pos += 1
        if char in _TONES:
            tone = tone if tone != "0" else _TONES[char]
        elif char in _VARIANTS:
            last = units[-1] if units else ""
            variant = _VARIANTS[char].get(last[:1]) if last[1:] == "0" else None
            if variant:
                units[-1] = last[0] + variant
        elif not unicodedata.combining(char):
            units.append(_LETTERS.get(char, _OTHER + char))
    return "".join(units) + _END_OF_WORD + tone


def sort_key(text: str, *, person: bool = False) -> str:
    """The key that puts `text` in Vietnamese order ("Ánh" < "Âu" < "Đặng" < "Vũ").

    person=True puts the given name first: "Nguyễn Văn An" sorts under A, then by
    family name. Store it in a column with the "C" collation (byte order).
    """
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text or "").lower())
    words = _WORD.findall(decomposed)
    if person and len(words) > 1:
        words = words[-1:] + words[:-1]
    return " ".join(_word(word) for word in words)


def sort_key_field(**kwargs) -> models.TextField:
    """Where a `sort_key` is stored: compared byte by byte (the "C" collation), never edited."""
    options = {"verbose_name": _("khóa sắp xếp"), "default": "", "editable": False}
    return models.TextField(db_collation="C", **options | kwargs)


def store_sort_key(model, owner, key: str) -> None:
    """Write `owner`'s key into a one-to-one side table (`model`: pk = owner, `key`), one query.

    For models the project cannot add a column to (django.contrib.auth's User, taggit's Tag).
    """
    row = model(pk=owner.pk, key=key)
    model._default_manager.bulk_create(
        [row], update_conflicts=True, unique_fields=["pk"], update_fields=["key"]
    )
