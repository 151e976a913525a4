"""Find English in an admin page: known phrases, and any msgid of Django's or the libraries'
catalogues that a page shows untranslated.

The msgids come from the `.po` files the packages ship (their English source strings), so a
string a new Django or library version adds is caught without a list kept by hand.
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import axes
import django
import simple_history
import taggit

# Phrases seen in English (or awkward Vietnamese) on the admin before: each must never return.
KNOWN_PHRASES = [
    "Please correct",
    "Historical",
    "historical",
    "relationship",
    " object (",
    "Access attempt",
    "access attempt",
    "Access log",
    "access log",
    "Access failure",
    "access failure",
    "AXES",
    "Axes",
    "Can add",
    "Can change",
    "Can delete",
    "Can view",
    "Newsroom",
    "Forbidden",
    "Not Found",
    "Bad Request",
    "Django",
    "Bởi ",
    "Bản ghi nhớ",
    "BẢN GHI NHỚ",
    "English",
    "Taggit",
    "Simple_History",
]

# Text a page may show verbatim although a catalogue has it as a msgid: the same in Vietnamese
# (names, abbreviations), or data (the demo site's own words).
SAME_IN_VIETNAMESE = {"email", "logo", "url", "id", "ip", "rss", "slug", "pdf", "docx", "ok"}

_PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_PO_STRING = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"\s*$')
_SHORT = 4  # a single word shorter than this is too ambiguous to judge ("No", "On", "Go")


def _package_dir(module) -> Path:
    return Path(module.__file__).parent


def catalogue_files() -> list[Path]:
    """The English source catalogues: Django's core and the contrib apps the admin shows,
    and every language of the libraries that ship no English one (their msgids are the same)."""
    django_dir = _package_dir(django)
    files = [django_dir / "conf/locale/en/LC_MESSAGES/django.po"]
    for app in ("admin", "auth", "contenttypes", "sessions", "humanize"):
        files.append(django_dir / f"contrib/{app}/locale/en/LC_MESSAGES/django.po")
    for library in (axes, simple_history, taggit):
        files.extend(sorted(_package_dir(library).glob("locale/*/LC_MESSAGES/django.po")))
    return files


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def read_msgids(path: Path) -> set[str]:
    """Every msgid and msgid_plural of one .po file (obsolete `#~` entries skipped)."""
    found, key, parts = set(), None, []

    def close():
        if key in ("msgid", "msgid_plural") and parts:
            found.add("".join(parts))

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        match = _PO_STRING.match(line)
        if match:
            close()
            key, parts = match.group(1), [_unescape(match.group(2))]
        elif line.startswith('"') and line.endswith('"') and key:
            parts.append(_unescape(line[1:-1]))
        else:
            close()
            key, parts = None, []
    close()
    found.discard("")
    return found


def _words(text: str) -> int:
    return len(text.split())


@cache
def english_phrases() -> tuple[frozenset[str], tuple[str, ...]]:
    """(single words judged only as a whole text, longer phrases judged anywhere in a text).

    A msgid with placeholders gives its literal pieces; markup is dropped. Casefolded."""
    words, phrases = set(), set()
    for path in catalogue_files():
        for msgid in read_msgids(path):
            for piece in _PLACEHOLDER.split(_TAG.sub("", msgid)):
                piece = _SPACE.sub(" ", piece).strip(" .,:;()-–|").casefold()
                if not re.search(r"[a-z]", piece) or re.search(r"[^\x00-\x7f]", piece):
                    continue
                if _words(piece) >= 2 and len(piece) >= 8:
                    phrases.add(piece)
                elif _words(piece) == 1 and len(piece) >= _SHORT and piece.isalpha():
                    words.add(piece)
    return frozenset(words - SAME_IN_VIETNAMESE), tuple(sorted(phrases))


class _VisibleText(HTMLParser):
    """Text nodes a person sees (and reads with a screen reader), outside script and style."""

    HIDDEN = {"script", "style", "template"}
    SHOWN_ATTRIBUTES = {"title", "placeholder", "alt", "aria-label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        attrs = dict(attrs)
        for name in self.SHOWN_ATTRIBUTES & attrs.keys():
            self._add(attrs[name])
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self._add(attrs.get("value"))

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self._add(data)

    def _add(self, text):
        text = _SPACE.sub(" ", text or "").strip()
        if text:
            self.texts.append(text)


def visible_texts(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.texts


def _contains_phrase(text: str, phrase: str) -> bool:
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        start = text.find(phrase, start + 1)
    return False


def english_in(html: str) -> list[str]:
    """What in this page is English: each offending text with the phrase that gave it away."""
    words, phrases = english_phrases()
    texts = visible_texts(html)
    folded = [text.casefold() for text in texts]
    whole = "\n".join(folded)
    present = [p for p in phrases if p in whole]  # one pass over the page per phrase
    found = []
    for text, low in zip(texts, folded, strict=True):
        hits = [p for p in KNOWN_PHRASES if p in text]
        hits += [p for p in present if p in low and _contains_phrase(low, p)]
        if low.strip(" .,:;()!?«»“”\"'›") in words:
            hits.append(low)
        if hits:
            found.append(f"{text!r} ← {sorted(set(hits))[:3]}")
    return found
