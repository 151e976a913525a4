"""Typo suggestions for a search that found nothing: "Có phải bạn muốn tìm: …".

The vocabulary (materialized view `search_word`, search migration 0001) holds every word
of the published articles, folded as the search configuration folds it. One lookup tells
the query's unknown words from its known ones; a trigram index (pg_trgm) lists the
vocabulary words sharing letter triples with each unknown one, and the closest by edit
distance stay. The combinations of nearby spellings are tried best first (fewest edits, a
swapped pair of letters counting one; then the commonest words) until one is found in a
published article; among equally close ones, those standing together as a phrase (checked
through the syllable-pair index) come first. The suggestion is written with the
diacritics of the articles that hold it.

A suggestion is kept per content version (core.version_memo), like the rankings: a typo
asked again costs no query until the content changes; refreshing the vocabulary moves
the version too, since it changes what is suggested.
"""

import itertools
import math
import re
from collections import Counter
from html import unescape

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Q, Value

from articles.models import Article
from articles.search_vector import plain_body
from core import version_memo as memo
from core.content_version import bump_content_version
from core.folding import fold
from search.limits import SearchTooBroad, gin_only, local_settings, time_limited
from search.query import SEARCH_CONFIG, HoldsPairs

MAX_WORDS = 8  # longer queries are sentences, not typos
MIN_CLOSENESS = 0.5  # 1 − edits / length: "ngih" → "nghi" is 0.75
SPELLINGS_PER_WORD = 4
MAX_TRIES = 6
SPELLING_SAMPLES = 5  # articles whose own spelling (diacritics) is counted

_WORD = re.compile(r"\w+")

# Short syllables share few trigrams even one edit apart ("ngih" and "nghi": 0.25), so the
# index is asked for a low similarity and the edit distance decides.
MIN_TRIGRAM_SIMILARITY = 0.2
TRIGRAM_CANDIDATES = 200
_NEARBY_SQL = """
    SELECT u.w, c.word, c.ndoc
    FROM unnest(%s::text[]) AS u(w)
    CROSS JOIN LATERAL (
        SELECT word, ndoc FROM search_word
        WHERE word %% u.w
        ORDER BY similarity(word, u.w) DESC, ndoc DESC
        LIMIT %s
    ) AS c
"""


def refresh_vocabulary() -> None:
    """Recount the words of the published articles (cheap: seconds at 100,000 articles)."""
    with connection.cursor() as cursor:
        cursor.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY search_word")
    bump_content_version()  # suggestions kept for the old vocabulary are not read again


def suggest(query: str) -> str | None:
    """A nearby spelling of `query` that finds published articles, with diacritics; or None."""
    memo_key, kept = memo.lookup("suggestion", (query,))
    if kept is not None:
        return kept[0]
    try:
        with time_limited():
            suggestion = _suggest(query)
    except SearchTooBroad:  # no suggestion is better than a page that hangs (not kept)
        return None
    memo.keep(memo_key, (suggestion,))  # (None,): no suggestion, kept too
    return suggestion


def _suggest(query: str) -> str | None:
    words = _WORD.findall(fold(query))
    if not words or len(words) > MAX_WORDS:
        return None
    known = _known(words)
    unknown = {w for w in words if w not in known}
    if not unknown:
        return None  # every word is somewhere, just never all together: nothing to correct
    nearby = _nearby(unknown)
    choices = [[(w, 1.0, 0)] if w in known else nearby.get(w, []) for w in words]
    if not all(choices):
        return None

    def closeness(combo):
        return round(math.prod(c for _w, c, _n in combo), 3)

    combinations = sorted(
        itertools.product(*choices),
        key=lambda combo: (-closeness(combo), -sum(math.log1p(n) for _w, _c, n in combo)),
    )[:MAX_TRIES]
    # Equally close spellings: the one standing together as a phrase first. A closer one
    # found apart still beats a farther one found together ("dua thuyn": "thuyền", not "thương").
    for _score, group in itertools.groupby(combinations, key=closeness):
        tier = list(group)
        for as_phrase in (True, False):
            for combo in tier:
                spelled = _spelled_in_an_article([w for w, _c, _n in combo], as_phrase)
                if spelled:
                    return spelled
    return None


def _known(words) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT word FROM search_word WHERE word = ANY(%s)", [list(set(words))])
        return {row[0] for row in cursor.fetchall()}


def _nearby(words) -> dict[str, list[tuple[str, float, int]]]:
    """For each word, its best vocabulary spellings: (word, closeness, articles), best first."""
    threshold = {"pg_trgm.similarity_threshold": MIN_TRIGRAM_SIMILARITY}
    with local_settings(**threshold), connection.cursor() as cursor:
        cursor.execute(_NEARBY_SQL, [sorted(words), TRIGRAM_CANDIDATES])
        rows = cursor.fetchall()
    found = {}
    for word, spelling, ndoc in rows:
        closeness = _closeness(word, spelling)
        if closeness >= MIN_CLOSENESS:
            found.setdefault(word, []).append((spelling, closeness, ndoc))
    for spellings in found.values():
        spellings.sort(key=lambda s: (-s[1], -s[2]))
        del spellings[SPELLINGS_PER_WORD:]
    return found


def _spelled_in_an_article(words: list[str], as_phrase: bool) -> str | None:
    """The words as published articles write them most often, if some hold them (together)."""
    text = " ".join(words)
    phrase = as_phrase and len(words) > 1
    lookup = SearchQuery(text, search_type="phrase" if phrase else "plain", config=SEARCH_CONFIG)
    pairs = Q(HoldsPairs(Value(SEARCH_CONFIG), Value(text))) if phrase else Q()
    with gin_only():
        rows = list(
            Article.objects.published()
            .filter(pairs, search_vector=lookup)
            .order_by()  # any will do: the scan stops at the first few that pass
            .values_list("title", "sapo", plain_body())[:SPELLING_SAMPLES]
        )
    if not rows:
        return None
    runs, forms = Counter(), {word: Counter() for word in words}
    for title, sapo, body_text in rows:
        document = f"{title} {sapo} {unescape(body_text)}"
        written = [w.lower() for w in _WORD.findall(document)]
        folded = [fold(w) for w in written]
        for start in range(len(folded) - len(words) + 1):
            if folded[start : start + len(words)] == words:
                runs[" ".join(written[start : start + len(words)])] += 1
        for original, plain in zip(written, folded, strict=True):
            if plain in forms:
                forms[plain][original] += 1
    if runs:
        return runs.most_common(1)[0][0]
    return " ".join(forms[w].most_common(1)[0][0] if forms[w] else w for w in words)


def _closeness(a: str, b: str) -> float:
    """1 − optimal-string-alignment distance / length: 1.0 for equal strings."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                best = min(best, previous2[j - 2] + 1)  # transposition
            current.append(best)
        previous2, previous = previous, current
    return 1 - previous[-1] / max(len(a), len(b), 1)
