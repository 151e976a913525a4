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
    """Text nodes a person sees (and reads with a screen reader): not in script or style, nor
    in an element the admin hides (`hidden`, class "hidden": a hidden field's row)."""

    HIDDEN = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    SHOWN_ATTRIBUTES = {"title", "placeholder", "alt", "aria-label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._open = [], []  # open elements: (tag, hides its content)

    def _hidden(self) -> bool:
        return any(hides for _tag, hides in self._open)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hides = (
            tag in self.HIDDEN
            or "hidden" in attrs
            or "hidden" in (attrs.get("class") or "").split()
        )
        if tag not in self.VOID:
            self._open.append((tag, hides))
        if hides or self._hidden():
            return
        for name in self.SHOWN_ATTRIBUTES & attrs.keys():
            self._add(attrs[name])
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self._add(attrs.get("value"))

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        if not self._hidden():
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


_WORD = re.compile(r"[^\W\d_]+")
# A Vietnamese syllable written without its marks: initial consonant, vowels, final consonant.
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)


def _looks_english(text: str) -> bool:
    """A phrase of words with no Vietnamese letter, two of which cannot be Vietnamese
    syllables ("Merge selected tags"): a library's hard-coded label no catalogue knows.
    Single tokens (paths, slugs, addresses, codes) are left alone."""
    if len([token for token in text.split() if _WORD.search(token)]) < 2:
        return False  # one token (a breadcrumb's "›" is no word)
    found = _WORD.findall(text)
    if any(not word.isascii() for word in found):
        return False
    foreign = [w for w in found if w.islower() or w.istitle()]
    return sum(not _SYLLABLE.fullmatch(word) for word in foreign) >= 2


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
        if _looks_english(text):
            hits.append("ASCII words only")
        if hits:
            found.append(f"{text!r} ← {sorted(set(hits))[:3]}")
    return found
