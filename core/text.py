"""Text rules for Vietnamese content: NFC normalization and transliterated slugs."""

import re
import unicodedata

from django.utils.text import slugify

# Django's slugify strips combining marks but drops đ/Đ, which has no decomposition.
_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})
SLUG_MAX_LENGTH = 200


def nfc(value: str | None) -> str:
    """Normalize text to Unicode NFC (what Vietnamese keyboards and search expect)."""
    return unicodedata.normalize("NFC", value or "")


def vietnamese_slugify(value: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """'Hội nghị tổng kết công tác Đảng' -> 'hoi-nghi-tong-ket-cong-tac-dang'."""
    text = unicodedata.normalize("NFKD", nfc(value).translate(_EXTRA))
    slug = slugify(text.encode("ascii", "ignore").decode("ascii"))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug.strip("-")


def unique_slug(model, value: str, *, instance_pk=None, field: str = "slug", fallback="bai-viet"):
    """A slug for `value` not yet taken in `model` (suffixes -2, -3, … on clashes)."""
    base = vietnamese_slugify(value) or fallback
    base = base[: SLUG_MAX_LENGTH - 8].rstrip("-")
    taken = set(
        model._default_manager.filter(**{f"{field}__regex": rf"^{re.escape(base)}(-[0-9]+)?$"})
        .exclude(pk=instance_pk)
        .values_list(field, flat=True)
    )
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
