"""Render CKEditor's stored <oembed url="…"> as a youtube-nocookie iframe (allowlisted ids only)."""

import re
from urllib.parse import parse_qs, urlparse

from django.utils.html import format_html
from django.utils.safestring import mark_safe

_OEMBED = re.compile(r'<oembed url="([^"]*)"></oembed>')
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def youtube_id(url: str) -> str | None:
    parsed = urlparse(url.replace("&amp;", "&"))
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if parsed.scheme not in {"http", "https"}:
        return None
    candidate = None
    if host == "youtu.be":
        candidate = parsed.path.lstrip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            candidate = parse_qs(parsed.query).get("v", [None])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            candidate = parsed.path.split("/")[2]
    return candidate if candidate and _YOUTUBE_ID.match(candidate) else None


def _replace(match: re.Match) -> str:
    video = youtube_id(match.group(1))
    if not video:
        return ""
    return format_html(
        '<div class="video"><iframe src="https://www.youtube-nocookie.com/embed/{}" '
        'title="Video YouTube" loading="lazy" allowfullscreen '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe></div>',
        video,
    )


def render_embeds(html: str) -> str:
    return mark_safe(_OEMBED.sub(_replace, html or ""))  # noqa: S308 - input sanitized on save
