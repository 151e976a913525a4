"""Public full-text search: query normalization, ranking and snippets (typos: search.suggest).

All matching and ranking happens in PostgreSQL on the stored `search_vector` (GIN index);
Python only prepares the query string and escapes the snippets.
"""

import math
import re
import unicodedata
from datetime import datetime, time, timedelta
from html import unescape

from django.db import connection
from django.db.models import BooleanField, Func, Q, Value
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.models import Article
from articles.search_vector import SEARCH_CONFIG
from core import version_memo as memo
from search import page_rows
from search.limits import GIN_ONLY, local_settings, time_limited

MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 200
MAX_RESULTS = 200  # ranked per query: 10 pages of 20
# The newest matches of common words are looked for among the newest articles first: enough
# of them to hold WINDOW_MARGIN times MAX_RESULTS matches by the words' frequencies, when
# that is at most MAX_WINDOW articles (rarer words have few matches: all are read at once).
# Words in so many articles that WALK_WINDOW would do are found faster still by walking the
# date index (measured at 100,000 articles: "hội nghị", a third of them, 13 ms vs 18 ms).
WINDOW_MARGIN = 2
MAX_WINDOW = 25_000
WALK_WINDOW = 2_000
EXACT_TITLE_BOOST = 1.0

# Private-use characters mark the highlight inside PostgreSQL's output; everything else is
# escaped, then they become <mark>: the only markup a snippet can ever carry.
_START, _STOP = page_rows.START, page_rows.STOP
_MARKERS = re.compile(f"({_START}|{_STOP})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]+")
_SPACES = re.compile(r"\s+")
# websearch syntax: "or" between terms.
_OR = re.compile(r"(?:^|\s)or(?:\s|$)", re.IGNORECASE)


def normalize_query(raw: str | None) -> str:
    """NFC, no control characters, single spaces, at most MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", raw or "")
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
    return text


def is_searchable(query: str) -> bool:
    return len(query) >= MIN_QUERY_LENGTH


class SearchResults:
    """The ranked results of one query, sliceable for Paginator.

    Holds the ranked ids (with their ranks) of every result; indexing fetches only the
    articles of the requested slice, with their snippets, in rank order.
    """

    def __init__(self, ranked: tuple[tuple[int, float], ...], query: str):
        self.ranked = ranked
        self.query = query

    def count(self):
        return len(self.ranked)

    def __len__(self):
        return len(self.ranked)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._articles(self.ranked[index])
        return self._articles([self.ranked[index]])[0]

    def __iter__(self):
        return iter(self[:])

    def _articles(self, rows):
        """The articles of `rows` (card rows), each with its `rank` and `snippet`.

        The snippets are kept per content version with the ranking; the rows are read for
        each page (what is public now), through statements compiled once (search.page_rows).
        """
        ids = tuple(pk for pk, _rank in rows)
        memo_key, snippets = memo.lookup("snippets", (self.query, ids))
        if snippets is None:
            found, headlines = page_rows.cards_with_headlines(ids, self.query)
            snippets = {pk: shown_snippet(text) for pk, text in headlines.items()}
            memo.keep(memo_key, snippets)
        else:
            found = page_rows.cards(ids)
        page = []
        for pk, rank in rows:
            if pk in found:  # unless unpublished since the ranking, a moment ago
                found[pk].rank, found[pk].snippet = rank, snippets.get(pk, "")
                page.append(found[pk])
        return page


def search_articles(query: str, *, category=None, date_from=None, date_to=None):
    """Published articles matching `query`, best first, each with `rank` and `headline`.

    Every syllable must match (websearch syntax: "quoted phrase", or, -excluded). The rank is
    PostgreSQL's cover density (ts_rank_cd), which scores syllables standing together above the
    same syllables apart, so "hội nghị" ranks the articles about a conference above pages that
    merely contain "hội" and "nghị" (a separate phrase-match bonus changed no result and doubled
    the cost). Weights make the title count more than the sapo, the sapo more than the body;
    the title holding the query as typed, tones included, gets a bonus; recency breaks ties.

    Ranking reads each matching article's vector, so it is bounded: the MAX_RESULTS newest
    matches are ranked (all of them for any query but common words). One statement finds
    them (`_RankStatement`) and ranks them; their ids serve as the count, and only the shown page's
    articles are fetched. The ranking is kept per content version (core.version_memo).
    """

    def rank():
        with time_limited():  # the planner's estimates wait for locks too (a bulk import)
            statement = _RankStatement(query, category, date_from, date_to)
            planner = local_settings(savepoint=False, **statement.planner_settings())
            with planner, connection.cursor() as cursor:
                cursor.execute(statement.sql, statement.params)
                return tuple(cursor.fetchall())

    # A repeated query (same filters) reuses its ranking until the content changes.
    key = (query, category.pk if category is not None else None, date_from, date_to)
    ranked = memo.per_version("articles", key, rank)
    return SearchResults(ranked, query)


_plain = page_rows.websearch


def explain_search(query: str) -> str:
    """EXPLAIN ANALYZE of the statement that finds and ranks the matches, as search runs it."""
    statement = _RankStatement(query)
    with local_settings(**statement.planner_settings()), connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {statement.sql}", statement.params)
        return "\n".join(row[0] for row in cursor.fetchall())


class _RankStatement:
    """SQL that ranks the MAX_RESULTS newest matches: (id, rank) rows, best first.

    The inner query keeps each match's vector as the stored (out-of-line) reference while it
    sorts by date, so only the vectors of the matches it returns are read, by ts_rank_cd.

    Finding the newest matches visits every match's row (for its date and status) after the
    GIN index has listed them: 7,000 rows for "chuyển đổi số" in 100,000 articles. For common
    words the statement first looks among the newest articles only (`_window`), where the
    date index narrows the GIN bitmap to a few hundred rows; the older articles are searched
    only if that window held fewer than MAX_RESULTS matches (the words were rarer than their
    frequencies said), so the result is the same either way.

    A quoted phrase needs more: only an article's positions tell whether its syllables stand
    together, and reading them for every article that holds them all costs ~25 us each. So
    the articles holding the phrase's adjacent pairs (an index lookup that reads no vector)
    are sorted by date first, and the phrase is checked on them newest first, only until
    MAX_RESULTS match.
    """

    SQL = """
        SELECT id,
            ts_rank_cd(search_vector, websearch_to_tsquery(%s::regconfig, %s))
            + CASE WHEN UPPER(title::text) LIKE UPPER(%s) THEN %s ELSE 0.0 END AS rank
        FROM ({newest}) AS newest
        ORDER BY rank DESC, published_at DESC, id DESC
    """
    # Append runs its parts in order and LIMIT stops it: the older part runs only if needed.
    RECENT_THEN_OLDER = "SELECT * FROM (({recent}) UNION ALL ({older})) AS part LIMIT %s"
    # OFFSET 0 keeps the phrase check out of the candidates' scan (it would run on them all).
    NEWEST_WITH_PHRASES = """
        SELECT * FROM ({candidates} OFFSET 0) AS candidate
        WHERE search_vector @@ websearch_to_tsquery(%s::regconfig, %s)
        ORDER BY published_at DESC, id DESC
        LIMIT %s
    """
    COLUMNS = ("id", "published_at", "search_vector", "title")

    def __init__(self, query, category=None, date_from=None, date_to=None):
        self.query = query
        self.plain = _plain(query)
        self.pairs = _phrase_pairs(query)
        now = timezone.now()
        dates = _date_filter(date_from, date_to)
        published = Article.objects.published(now).filter(dates)
        if category is not None:
            published = published.in_category(category)
        # The window is a share of all articles: with filters, search them all at once.
        filtered = category is not None or bool(dates)
        size, edge = (None, None) if filtered else _window(self._estimate(published), now)
        # Walking the date index reads each article's vector until MAX_RESULTS match: cheap
        # only when most articles match, and never for phrases (see the class).
        self.walk = size is not None and size <= WALK_WINDOW and not self.pairs
        if edge is None or self.walk:
            newest_sql, newest_params = self._newest(published)
        else:
            recent_sql, recent_params = self._newest(published.filter(published_at__gte=edge))
            older_sql, older_params = self._newest(published.filter(published_at__lt=edge))
            newest_sql = self.RECENT_THEN_OLDER.format(recent=recent_sql, older=older_sql)
            newest_params = (*recent_params, *older_params, MAX_RESULTS)
        # Folding tones makes "bão" (storm) find "báo" (newspaper) too: the title that holds
        # the query exactly as typed, tones included, comes first.
        as_typed = " ".join(query.replace('"', " ").split())
        pattern = f"%{connection.ops.prep_for_like_query(as_typed)}%"
        self.sql = self.SQL.format(newest=newest_sql)
        self.params = (SEARCH_CONFIG, query, pattern, EXACT_TITLE_BOOST, *newest_params)

    def _estimate(self, articles):
        """The planner's estimate of the matches among `articles`.

        Each condition's estimate treats words (and syllable pairs) as independent, which
        undercounts words that go together; so for a phrase, the lower of the estimates for
        its words and for its pairs (the phrase's matches are among both) is the closest.
        """
        estimate = _estimated_rows(articles.filter(search_vector=self.plain))
        if self.pairs:
            estimate = min(estimate, _estimated_rows(articles.filter(self.pairs)))
        return estimate

    def _newest(self, articles):
        """SQL and parameters of the MAX_RESULTS newest of `articles` matching the query."""
        newest = ("-published_at", "-id")
        if not self.pairs:
            matches = articles.filter(search_vector=self.plain).order_by(*newest)
            return matches.values(*self.COLUMNS)[:MAX_RESULTS].query.sql_with_params()
        candidates = articles.filter(self.pairs).order_by(*newest).values(*self.COLUMNS)
        sql, params = candidates.query.sql_with_params()
        sql = self.NEWEST_WITH_PHRASES.format(candidates=sql)
        return sql, (*params, SEARCH_CONFIG, self.query, MAX_RESULTS)

    def planner_settings(self):
        """The GIN bitmap (no index walk, no sequential scan), unless walking was chosen.

        The planner does not count the cost of reading vectors, and would walk the date index
        checking each article's vector even for words in a few percent of articles (15,000
        vectors read for "dang", in 6% of 100,000 articles); the window does better.
        """
        return {} if self.walk else GIN_ONLY


def _estimated_rows(queryset):
    sql, params = queryset.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        (plan,) = cursor.fetchone()  # psycopg2 parses the json column
    return plan[0]["Plan"]["Plan Rows"]


def _window(matches, now):
    """(size, oldest date) of the newest articles expected to hold the newest of `matches`.

    The date is None when the window would be larger than MAX_WINDOW; both are None before
    the table was first analyzed.
    """
    total = Article.objects.table_estimate()
    if total < 1:
        return None, None
    size = math.ceil(MAX_RESULTS * WINDOW_MARGIN * total / matches)
    if size > MAX_WINDOW:
        return size, None
    newest = Article.objects.published(now).order_by("-published_at", "-id")
    edge = newest.values_list("published_at", flat=True)[size : size + 1]
    return size, next(iter(edge), None)


def _phrase_pairs(query) -> Q:
    """For each quoted phrase of two syllables or more: the article holds its adjacent pairs.

    Implied by the phrase match itself, so it changes no result; it lets the pairs' GIN index
    find the few articles where the phrase may stand, instead of checking the positions in
    every article that holds its (often very common) syllables. Not used when "or" joins terms,
    where a phrase is only one of the alternatives.
    """
    if _OR.search(query.replace('"', " ")):
        return Q()
    conditions = Q()
    parts = query.split('"')
    # Odd parts are quoted; the last one only if its quote was closed; "-" before excludes it.
    for before, phrase in zip(parts[0:-2:2], parts[1:-1:2], strict=True):
        if len(phrase.split()) > 1 and not before.rstrip().endswith("-"):
            conditions &= Q(HoldsPairs(Value(SEARCH_CONFIG), Value(phrase)))
    return conditions


class HoldsPairs(Func):
    """The article's adjacent syllable pairs (column of migration 0040) hold all the phrase's."""

    template = (
        "articles_article.search_pairs @> public.syllable_pairs(to_tsvector(%(expressions)s))"
    )
    output_field = BooleanField()


def _date_filter(date_from, date_to) -> Q:
    conditions = Q()
    if date_from is not None:
        conditions &= Q(published_at__gte=_start_of(date_from))
    if date_to is not None:
        conditions &= Q(published_at__lt=_start_of(date_to + timedelta(days=1)))
    return conditions


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def shown_snippet(headline: str | None):
    """The snippet a result shows: only one that shows the match (none for a title match)."""
    snippet = safe_snippet(headline)
    return snippet if "<mark>" in snippet else ""


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
