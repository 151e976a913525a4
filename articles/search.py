"""Public full-text search: query normalization, ranking, snippets and the typo suggestion.

All matching and ranking happens in PostgreSQL on the stored `search_vector` (GIN index);
Python only prepares the query string and escapes the snippets.
"""

import difflib
import re
import unicodedata
from datetime import datetime, time, timedelta
from html import unescape

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.models import Article
from articles.search_vector import SEARCH_CONFIG, folded, folded_title, plain_body

MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 200
# A syllable run found as a phrase counts this much more than the same syllables scattered.
PHRASE_BOOST = 2.0
SUGGESTION_MIN_SIMILARITY = 0.5
SUGGESTION_CANDIDATES = 5

# Private-use characters mark the highlight inside PostgreSQL's output; everything else is
# escaped, then they become <mark>: the only markup a snippet can ever carry.
_START, _STOP = "\ue000", "\ue001"
_MARKERS = re.compile(f"({_START}|{_STOP})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]+")
_SPACES = re.compile(r"\s+")
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def normalize_query(raw: str | None) -> str:
    """NFC, no control characters, single spaces, at most MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", raw or "")
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
    return text


def is_searchable(query: str) -> bool:
    return len(query) >= MIN_QUERY_LENGTH


def fold(text: str) -> str:
    """Lower case without tones or đ, as the search configuration sees text."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def search_articles(query: str, *, category=None, date_from=None, date_to=None):
    """Published articles matching `query`, best first, each annotated with `rank` and `snippet`.

    Every syllable must match (websearch syntax: "quoted phrase", or, -excluded); the score
    adds a bonus when the syllables stand together (phrase match), so "hội nghị" ranks the
    articles about a conference above pages that merely contain "hội" and "nghị". Weights make
    the title count more than the sapo, the sapo more than the body; recency breaks ties.
    """
    plain = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    rank = SearchRank(F("search_vector"), plain, cover_density=True)
    if len(query.split()) > 1:
        phrase = SearchQuery(query, search_type="phrase", config=SEARCH_CONFIG)
        rank = rank + SearchRank(F("search_vector"), phrase) * Value(PHRASE_BOOST)
    articles = (
        Article.objects.published()
        .filter(search_vector=plain)
        .filter(_filters(category, date_from, date_to))
        .for_list()
        .annotate(rank=rank, headline=_headline(plain))
        .order_by("-rank", "-published_at", "-id")
    )
    return articles


def _filters(category, date_from, date_to) -> Q:
    conditions = Q()
    if category is not None:
        conditions &= Q(category=category) | Q(category__parent=category)
    if date_from is not None:
        conditions &= Q(published_at__gte=_start_of(date_from))
    if date_to is not None:
        conditions &= Q(published_at__lt=_start_of(date_to + timedelta(days=1)))
    return conditions


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def _headline(query):
    # PostgreSQL evaluates this costly expression only for the rows of the page (after LIMIT).
    document = Concat(F("sapo"), Value(" \n "), plain_body(), output_field=TextField())
    return SearchHeadline(
        document,
        query,
        config=SEARCH_CONFIG,
        start_sel=_START,
        stop_sel=_STOP,
        max_words=40,
        min_words=20,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def safe_snippet(headline: str | None):
    """Escape a ts_headline result and turn only its own markers into <mark> elements."""
    parts, open_mark = [], False
    for piece in _MARKERS.split(headline or ""):
        if piece == _START and not open_mark:
            parts.append("<mark>")
            open_mark = True
        elif piece == _STOP and open_mark:
            parts.append("</mark>")
            open_mark = False
        elif piece not in (_START, _STOP):
            # The body is stored as HTML: decode its entities, then escape everything.
            parts.append(escape(_SPACES.sub(" ", unescape(piece))))
    if open_mark:
        parts.append("</mark>")
    # The syllables of one phrase read better as one highlight.
    html = "".join(parts).strip().replace("</mark> <mark>", " ")
    return mark_safe(html)  # noqa: S308 - every piece above is escaped


def suggest(query: str) -> str | None:
    """A spelling the titles know, for a query full-text search found nothing for.

    pg_trgm's word similarity between the folded query and folded titles (trigram GIN index)
    finds the closest titles; the suggestion is the run of title words, as long as the query,
    that resembles it most, written with its diacritics.
    """
    target = fold(query)
    words = target.split()
    if not words:
        return None
    titles = (
        Article.objects.published()
        .alias(folded=folded_title())
        .filter(folded__trigram_word_similar=folded(query))
        .annotate(similarity=TrigramWordSimilarity(folded(query), folded_title()))
        .order_by("-similarity", "-published_at")
        .values_list("title", flat=True)[:SUGGESTION_CANDIDATES]
    )
    best, best_ratio = None, SUGGESTION_MIN_SIMILARITY
    for title in titles:
        title_words = [w for w in re.split(r"[\W_]+", title) if w]
        for start in range(max(1, len(title_words) - len(words) + 1)):
            window = " ".join(title_words[start : start + len(words)])
            ratio = difflib.SequenceMatcher(None, target, fold(window)).ratio()
            if ratio > best_ratio:
                best, best_ratio = window.lower(), ratio
    if best is None or fold(best) == target:
        return None
    return best
