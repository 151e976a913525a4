"""The one HTML allowlist for rich text (article bodies), built on nh3.

Everything the editor (CKEditor 5) legitimately produces for news survives:
paragraphs, h2–h4, emphasis, links, lists, quotes, tables, figures with
captions, images from our own media and YouTube embeds stored as
`<figure class="media"><oembed url="…"></oembed></figure>`. Anything else is
dropped. nh3 checks URL schemes on `href`/`src`, but not protocol-relative
links, foreign image hosts, `srcset` or `oembed url`: `_filter_attribute` does.
A second pass (`_Reshaper`) flattens nesting deeper than RICH_TEXT_MAX_DEPTH (ten
thousand nested quotes hang the editor) and adds `nofollow` to links to other hosts.
"""

import html
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3
from django.conf import settings

from core.embeds import youtube_id

TAGS = {
    "p", "br", "h2", "h3", "h4",
    "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "a", "ul", "ol", "li", "blockquote",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td",
    "figure", "figcaption", "img", "oembed",
}  # fmt: skip

# Removed together with their content (never shown as text either).
DROPPED_WITH_CONTENT = {
    "script", "style", "template", "noscript", "iframe", "frame", "frameset",
    "object", "embed", "applet", "svg", "math", "textarea", "select", "title",
    "xmp", "noembed", "noframes", "plaintext",
}  # fmt: skip

ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "srcset", "sizes", "alt", "width", "height"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "oembed": {"url"},
}

# CKEditor 5 figure classes we keep: the figure kind and the image styles of its toolbar.
FIGURE_CLASSES = {
    "image", "table", "media",
    "image-style-side", "image-style-align-left", "image-style-align-right",
    "image-style-align-center", "image-style-block-align-left", "image-style-block-align-right",
}  # fmt: skip

URL_SCHEMES = {"http", "https", "mailto", "tel"}

_NUMBER = re.compile(r"^[0-9]{1,5}$")
_SRCSET_DESCRIPTOR = re.compile(r"^[0-9]{1,5}(\.[0-9]{1,3})?[wx]$")
_SIZES = re.compile(r"^[0-9a-z ().,:%-]{1,200}$")
# Browsers drop tabs and newlines inside URLs and read "\" as "/".
_URL_NOISE = str.maketrans({"\t": None, "\n": None, "\r": None, "\\": "/"})


def _normalized_url(value: str) -> str:
    return value.translate(_URL_NOISE).strip(" \x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c")


def _is_safe_link(value: str) -> bool:
    """nh3 already refused unknown schemes; refuse protocol-relative '//host' too."""
    return not _normalized_url(value).startswith("//")


def _is_media_url(value: str) -> bool:
    """True only for a file under MEDIA_URL (our storage), never another host or a data: URL."""
    url = _normalized_url(value)
    media = settings.MEDIA_URL
    if media.startswith("/") and url.startswith("//"):
        return False
    if not url.startswith(media):
        return False
    path = urlsplit(url).path
    return ".." not in path.split("/") and "%" not in path


def _filter_srcset(value: str) -> str | None:
    kept = []
    for candidate in value.split(","):
        parts = candidate.split()
        if not parts:
            continue
        url, descriptors = parts[0], parts[1:]
        if not _is_media_url(url) or len(descriptors) > 1:
            continue
        if descriptors and not _SRCSET_DESCRIPTOR.match(descriptors[0]):
            continue
        kept.append(" ".join(parts))
    return ", ".join(kept) or None


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    """Return the value to keep, or None to drop the attribute."""
    if tag == "a" and attr == "href":
        return value if _is_safe_link(value) else None
    if tag == "img":
        if attr == "src":
            return value if _is_media_url(value) else None
        if attr == "srcset":
            return _filter_srcset(value)
        if attr == "sizes":
            return value if _SIZES.match(value.strip().lower()) else None
        if attr in {"width", "height"}:
            return value.strip() if _NUMBER.match(value.strip()) else None
    if attr in {"colspan", "rowspan"}:
        return value.strip() if _NUMBER.match(value.strip()) else None
    if tag == "oembed" and attr == "url":
        video = youtube_id(value)
        return f"https://www.youtube.com/watch?v={video}" if video else None
    return value


_CLEANER = nh3.Cleaner(
    tags=TAGS,
    clean_content_tags=DROPPED_WITH_CONTENT,
    attributes=ATTRIBUTES,
    attribute_filter=_filter_attribute,
    url_schemes=URL_SCHEMES,
    allowed_classes={"figure": FIGURE_CLASSES},
    link_rel="noopener noreferrer",
    strip_comments=True,
)

# An embed whose URL was refused leaves an empty element behind: remove it whole.
_EMPTY_EMBEDS = ('<figure class="media"><oembed></oembed></figure>', "<oembed></oembed>")


VOID_TAGS = {"br", "img"}
_LINK_REL = 'rel="noopener noreferrer"'
_EXTERNAL_REL = 'rel="nofollow noopener noreferrer"'


def _followed(host: str) -> bool:
    """Links to the site itself and to the state portals pass rank; others do not."""
    host = host.lower().rstrip(".")
    if not host:
        return True
    own = [h.lstrip(".").lower() for h in settings.ALLOWED_HOSTS]
    for allowed in [*own, *settings.FOLLOWED_LINK_HOSTS]:
        allowed = allowed.lower().lstrip(".")
        if host == allowed or host.endswith("." + allowed):
            return True
    return False


def _is_external_link(attrs) -> bool:
    href = dict(attrs).get("href") or ""
    try:
        parts = urlsplit(_normalized_url(href))
    except ValueError:
        return True
    return parts.scheme in {"http", "https"} and not _followed(parts.hostname or "")


class _Reshaper(HTMLParser):
    """Re-emits nh3's well-formed output as it is, except tags nested deeper than
    ``max_depth`` (dropped, their text kept) and rel="nofollow" on links to other hosts."""

    def __init__(self, max_depth: int):
        super().__init__(convert_charrefs=False)
        self.max_depth = max_depth
        self.out: list[str] = []
        self.open: list[bool] = []  # for each open element: was it kept?
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        text = self.get_starttag_text()
        if tag == "a" and _is_external_link(attrs):
            text = text.replace(_LINK_REL, _EXTERNAL_REL, 1)
        if tag in VOID_TAGS:
            self.out.append(text)
            return
        keep = self.depth < self.max_depth
        self.open.append(keep)
        self.depth += keep
        if keep:
            self.out.append(text)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or not self.open:
            return
        if self.open.pop():
            self.depth -= 1
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")


def _reshape(cleaned: str) -> str:
    max_depth = getattr(settings, "RICH_TEXT_MAX_DEPTH", 20)
    if cleaned.count("<") <= max_depth and "://" not in cleaned:
        return cleaned  # too few tags to nest too deep, no link to another host
    parser = _Reshaper(max_depth)
    parser.feed(cleaned)
    parser.close()
    return "".join(parser.out)


def sanitize_html(value: str) -> str:
    """Clean rich text for storage; safe to render without further escaping."""
    cleaned = _CLEANER.clean(value or "")
    for empty in _EMPTY_EMBEDS:
        cleaned = cleaned.replace(empty, "")
    return _reshape(cleaned).strip()


_TEXT_CLEANER = nh3.Cleaner(tags=set(), clean_content_tags=DROPPED_WITH_CONTENT, attributes={})
_BLOCK_END = re.compile(r"<(?:br|/p|/h[1-6]|/li|/t[dh]|/blockquote|/figcaption|/div)\b[^>]*>", re.I)


def html_to_text(value: str) -> str:
    """Plain text of a rich-text fragment (for descriptions, feeds, snippets): no markup at all."""
    spaced = _BLOCK_END.sub(lambda match: match.group(0) + " ", value or "")
    return " ".join(html.unescape(_TEXT_CLEANER.clean(spaced)).split())
