"""Reading an export file safely: size cap, encoding repair, hardened streaming parse.

The parser is defusedxml over the standard library's expat (no lxml needed): a DTD is
allowed (WordPress writes none, some feeds do) but any entity declaration is refused, so
billion-laughs and external-entity files stop before a single entity is expanded.
"""

import codecs
import re
from functools import lru_cache
from xml.etree.ElementTree import ParseError  # noqa: S405  (the exception type only)

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.utils.translation import gettext as _

MAX_FILE_BYTES = 512 * 1024 * 1024
CHUNK = 64 * 1024
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")

# Namespaces matched by host and path, never the exact URI: exports write http or https,
# with or without "www." and a trailing slash.
_NAMESPACES = [
    (re.compile(r"^(www\.)?wordpress\.org/export/(\d+\.\d+)/excerpt/?$"), "excerpt"),
    (re.compile(r"^(www\.)?wordpress\.org/export/(\d+\.\d+)/?$"), "wp"),
    (re.compile(r"^purl\.org/rss/1\.0/modules/content/?$"), "content"),
    (re.compile(r"^purl\.org/dc/elements/1\.1/?$"), "dc"),
    (re.compile(r"^www\.w3\.org/2005/atom/?$"), "atom"),
    (re.compile(r"^search\.yahoo\.com/mrss/?$"), "media"),
]
# Known extensions with nothing for us (comment counts, pingbacks, update schedules).
_IGNORED = re.compile(
    r"^(wellformedweb\.org/commentapi|purl\.org/rss/1\.0/modules/(slash|syndication)"
    r"|www\.georss\.org/georss|ogc\.org|www\.w3\.org/2003/01/geo)"
)
SUPPORTED_WXR = {"1.0", "1.1", "1.2"}


class ImportFileError(Exception):
    """A file that cannot be read at all; its message is for the administrator."""


@lru_cache(maxsize=64)
def namespace_prefix(uri: str) -> str | None:
    """'https://wordpress.org/export/1.2/' → 'wp'; None when unknown."""
    bare = re.sub(r"^[a-z]+://", "", uri.strip().lower())
    for pattern, prefix in _NAMESPACES:
        if pattern.match(bare):
            return prefix
    return "" if _IGNORED.match(bare) else None


def wxr_version(uri: str) -> str | None:
    match = re.search(r"/export/(\d+\.\d+)/?$", uri)
    return match.group(1) if match else None


def local_name(tag: str) -> str:
    """'{http://wordpress.org/export/1.2/}post_id' → 'wp:post_id'; unknown → '?:name'."""
    if not tag.startswith("{"):
        return tag
    uri, name = tag[1:].split("}", 1)
    prefix = namespace_prefix(uri)
    return f"{prefix}:{name}" if prefix else f"?:{name}"


class RepairedText:
    """A binary file read as text: UTF-8 where the bytes are UTF-8 (what every WordPress
    export is, whatever it declares), the declared encoding (or Windows-1252) for bytes
    that are not. `repaired` counts those."""

    def __init__(self, raw):
        self.raw = raw
        self.pending = b""
        self.repaired = 0
        self.declared = None
        self.fallback = "cp1252"
        self.started = False

    def _start(self, data: bytes) -> bytes:
        self.started = True
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ImportFileError(_("Tệp mã hoá UTF-16: hãy xuất lại tệp ở dạng UTF-8."))
        data = data.removeprefix(codecs.BOM_UTF8)
        match = _DECLARED.match(data)
        if match:
            self.declared = match.group(1).decode("ascii").lower()
            try:
                codec = codecs.lookup(self.declared).name
            except LookupError:
                codec = "utf-8"
            if codec not in {"utf-8", "ascii"}:
                self.fallback = codec
        return data

    def read(self, size: int = -1) -> str:
        data = self.raw.read(CHUNK if size is None or size < 0 else max(size, 4))
        if not self.started:
            data = self._start(data)
        data, at_end = self.pending + data, not data
        self.pending = b""
        return self._decode(data, at_end)

    def _decode(self, data: bytes, at_end: bool) -> str:
        out = []
        while data:
            try:
                out.append(data.decode("utf-8"))
                break
            except UnicodeDecodeError as exc:
                out.append(data[: exc.start].decode("utf-8"))
                if not at_end and exc.end == len(data) and len(data) - exc.start < 4:
                    self.pending = data[exc.start :]  # a character cut by the chunk boundary
                    break
                bad = data[exc.start : exc.end]
                out.append(bad.decode(self.fallback, errors="replace"))
                self.repaired += 1
                data = data[exc.end :]
        return "".join(out)


def open_checked(path, max_bytes: int = MAX_FILE_BYTES):
    """The file, opened for reading; refuses a missing or oversized file with a message."""
    try:
        handle = open(path, "rb")  # noqa: SIM115  (closed by the caller)
    except OSError as exc:
        raise ImportFileError(_("Không mở được tệp: %(error)s") % {"error": exc.strerror}) from exc
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(0)
    if size > max_bytes:
        handle.close()
        raise ImportFileError(
            _("Tệp lớn %(size)s MB, quá giới hạn %(max)s MB: hãy chia tệp xuất ra nhiều phần.")
            % {"size": size // 1048576, "max": max_bytes // 1048576}
        )
    if size == 0:
        handle.close()
        raise ImportFileError(_("Tệp rỗng."))
    return handle


def safe_events(text: RepairedText):
    """(event, element) pairs of a hardened streaming parse; errors become ImportFileError."""
    try:
        yield from iterparse(
            text,
            events=("start-ns", "start", "end"),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=True,
        )
    except DefusedXmlException as exc:
        raise ImportFileError(
            _(
                "Tệp bị từ chối vì khai báo thực thể XML (kiểu “billion laughs” hoặc thực thể "
                "ngoài trỏ tới tệp khác): tệp xuất của WordPress không bao giờ có. (%(detail)s)"
            )
            % {"detail": type(exc).__name__}
        ) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise ImportFileError(
            _("Tệp XML bị hỏng ở dòng %(line)s, cột %(column)s: %(error)s")
            % {"line": line, "column": column, "error": str(exc).split(":")[0]}
        ) from exc
