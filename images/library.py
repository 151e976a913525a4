"""The library's doors: every image that goes into the library is stored here."""

import re

from django.conf import settings
from django.utils.translation import gettext as _

from images.intake import store_image
from images.models import Image

# An image of ours in stored HTML: src="/media/editor/2026/12/<hex>.jpg" (any rendition).
_MEDIA_SRC = re.compile(r'<img\b[^>]*?\bsrc="([^"]+)"', re.IGNORECASE)
_RENDITION = re.compile(r"-\d+(\.\w+)$")


_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)
_SRC = re.compile(r'\bsrc="([^"]*)"', re.IGNORECASE)


def images_without_alt(html: str) -> list[str]:
    """“ảnh 2 (a1b2….jpg)” for each image of `html` with no or empty alt text, in order."""
    missing = []
    for number, tag in enumerate(_IMG.findall(html or ""), start=1):
        alt = _ALT.search(tag)
        if alt is None or not alt.group(1).strip():
            src = _SRC.search(tag)
            name = src.group(1).rsplit("/", 1)[-1][:40] if src else ""
            missing.append(_("ảnh %(n)s (%(name)s)") % {"n": number, "name": name})
    return missing


def add(source, folder: str, user=None, **about) -> Image:
    """Validate, re-encode and store `source` (bytes or a file) as a new library image.

    `about` may hold alt, caption and credit. Raises ValidationError (Vietnamese)."""
    stored = store_image(source, folder)
    return Image.objects.create(
        file=stored.path,
        width=stored.width,
        height=stored.height,
        renditions=stored.renditions,
        uploaded_by=user if user is not None and user.is_authenticated else None,
        **about,
    )


def paths_in_html(html: str) -> set[str]:
    """Storage paths of the masters whose renditions `html` shows (foreign images ignored)."""
    prefix = settings.MEDIA_URL
    paths = set()
    for src in _MEDIA_SRC.findall(html or ""):
        if src.startswith(prefix):
            path = src.removeprefix(prefix)
            paths.update({path, _RENDITION.sub(r"\1", path)})
    return paths


def images_in_html(html: str):
    """The library images `html` shows."""
    paths = paths_in_html(html)
    return Image.objects.filter(file__in=paths) if paths else Image.objects.none()
