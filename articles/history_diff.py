"""Readable differences between two versions: the rendered text, word by word.

Bodies are compared as a reader sees them (paragraphs of words, each picture as
“[Ảnh: alt – chú thích]”), never as HTML source. Python's difflib does the matching.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from html.parser import HTMLParser

from django.utils.translation import gettext

BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote", "figure", "tr", "br"}
_WORDS = re.compile(r"\S+|\n")


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._caption = False

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag == "img":
            alt = (dict(attrs).get("alt") or "").strip() or gettext("không có mô tả")
            self.parts.append(" [" + gettext("Ảnh: %(alt)s") % {"alt": alt} + "] ")
        elif tag == "figcaption":
            self.parts.append(" [" + gettext("Chú thích:") + " ")
            self._caption = True
        elif tag == "oembed":
            self.parts.append(" [" + gettext("Video: %(url)s") % {"url": dict(attrs).get("url")})
            self.parts.append("] ")

    def handle_endtag(self, tag):
        if tag == "figcaption" and self._caption:
            self.parts.append("] ")
            self._caption = False
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def rendered_text(html: str) -> str:
    """The text a reader sees, one paragraph a line, pictures by their alt and caption."""
    parser = _TextOf()
    parser.feed(html or "")
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Piece:
    op: str  # "same", "added", "removed"
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    """Word-level difference of two texts; line breaks are kept as words."""
    a, b = _WORDS.findall(old or ""), _WORDS.findall(new or "")
    pieces = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("equal",):
            pieces.append(Piece("same", _join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("removed", _join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("added", _join(b[j1:j2])))
    return pieces


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" \n ", "\n").replace("\n ", "\n").replace(" \n", "\n")
