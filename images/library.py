"""The library's doors: images go in here, and stored HTML is read here for the images it shows."""

import html as html_lib
import re

from django.conf import settings
from django.utils.translation import gettext as _

from images.intake import store_image
from images.models import Image

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)
_SRC = re.compile(r'\bsrc="([^"]*)"', re.IGNORECASE)
_RENDITION = re.compile(r"-\d+(\.\w+)$")  # <stem>-480.jpg → <stem>.jpg


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


def _images(html: str) -> list[tuple[str, str | None]]:
    """(src, alt or None when absent) of each <img> of stored `html`, in order."""
    found = []
    for tag in _IMG.findall(html or ""):
        src, alt = _SRC.search(tag), _ALT.search(tag)
        found.append(
            (
                html_lib.unescape(src.group(1)) if src else "",
                html_lib.unescape(alt.group(1)) if alt else None,
            )
        )
    return found


def _master_path(src: str) -> str | None:
    """The storage path of the master behind one of our image URLs (None when foreign)."""
    if not src.startswith(settings.MEDIA_URL):
        return None
    return _RENDITION.sub(r"\1", src.removeprefix(settings.MEDIA_URL))


def images_without_alt(html: str) -> list[str]:
    """“ảnh 2 (a1b2….jpg)” for each image of `html` with no or empty alt text, in order."""
    return [
        _("ảnh %(n)s (%(name)s)") % {"n": number, "name": src.rsplit("/", 1)[-1][:40]}
        for number, (src, alt) in enumerate(_images(html), start=1)
        if not (alt or "").strip()
    ]


def paths_in_html(html: str) -> set[str]:
    """Storage paths of the masters `html` shows (foreign images ignored)."""
    return {path for src, _alt in _images(html) if (path := _master_path(src))}


def images_in_html(html: str):
    """The library images `html` shows."""
    paths = paths_in_html(html)
    return Image.objects.filter(file__in=paths) if paths else Image.objects.none()


def learn_alt(image: Image | None, alt: str) -> None:
    """An image described where it is used gives the library its description, once."""
    alt = (alt or "").strip()
    if image is not None and alt and not image.alt:
        Image.objects.filter(pk=image.pk, alt="").update(alt=alt[:300])
        image.alt = alt[:300]


def learn_alts_from_html(images, html: str) -> None:
    by_path = {image.file: image for image in images}
    for src, alt in _images(html):
        learn_alt(by_path.get(_master_path(src) or ""), alt)
