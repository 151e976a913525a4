"""The articles of one page of search results, as card rows (articles/card_rows.py).

A results page shows 20 cards whose HTML is kept per article version (articles/cards.py):
loading them as model instances through a query the ORM compiles for each page cost more
than the rest of the page. Both statements here are compiled once per process
(core.prepared): the plain card columns when the page's snippets are kept for this content
version, the same columns with PostgreSQL's snippets (ts_headline) the first time.
"""

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from articles.card_rows import COLUMNS, CardRow, public_cards
from articles.cards import card_html
from articles.models import Article
from articles.search_vector import SEARCH_CONFIG, plain_body
from core.prepared import SENTINEL_ID, SENTINEL_NOW, AnyOf, Prepared

SNIPPET_SOURCE_LENGTH = 5000
# Private-use characters mark the highlight inside PostgreSQL's output (search.query turns
# them into <mark> after escaping everything else).
START, STOP = "\ue000", "\ue001"
# A query no one types (private-use characters): where the query sits among the parameters.
SENTINEL_QUERY = "\ue002sentinel\ue003"


class SearchRow(CardRow):
    """A result's card columns, with its `rank` and `snippet` (safe HTML, maybe empty)."""

    __slots__ = ("rank", "snippet")


def websearch(query: str) -> SearchQuery:
    return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)


def headline(query: SearchQuery):
    # PostgreSQL evaluates this costly expression only for the rows of the page (after LIMIT);
    # its cost grows with the text, so the snippet comes from the sapo and the body's start.
    document = Concat(
        F("sapo"), Value(" \n "), plain_body(SNIPPET_SOURCE_LENGTH), output_field=TextField()
    )
    return SearchHeadline(
        document,
        query,
        config=SEARCH_CONFIG,
        start_sel=START,
        stop_sel=STOP,
        max_words=40,
        min_words=20,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


_with_headlines = Prepared(
    lambda now, ids, query: (
        Article.objects.published(now=now)
        .filter(AnyOf(F("id"), ids))
        .annotate(headline=headline(websearch(query)))
        .values_list(*COLUMNS, "headline")
        .order_by()
    ),
    now=SENTINEL_NOW,
    ids=[SENTINEL_ID],
    query=SENTINEL_QUERY,
)


def cards(ids) -> dict[int, SearchRow]:
    """The public ones among `ids`, by id (one query)."""
    return public_cards(ids, row_class=SearchRow)


def cards_with_headlines(ids, query: str) -> tuple[dict[int, SearchRow], dict[int, str]]:
    """The public ones among `ids` by id, and their raw ts_headline output (one query)."""
    rows = _with_headlines.rows(now=timezone.now(), ids=list(ids), query=query)
    return {row[0]: SearchRow(row[:-1]) for row in rows}, {row[0]: row[-1] for row in rows}


# One result as the page lays it out (search/search.html places them): its card, kept per
# article version, and its snippet. Joined here: a template loop over the 20 results, each
# with its tag, cost a tenth of the page.
RESULT = (
    '\n      <div class="search-result">\n        {card}\n        {snippet}\n      </div>\n    '
)
SNIPPET = '<p class="snippet">{}</p>'


def results_html(articles) -> SafeString:
    """The results' HTML, one after another (`articles`: SearchRow, best first)."""
    language = get_language()
    parts = []
    for article in articles:
        snippet = format_html(SNIPPET, article.snippet) if article.snippet else ""
        card = card_html(article, compact=True, language=language)
        parts.append(RESULT.format(card=card, snippet=snippet))
    return mark_safe("".join(parts))  # noqa: S308 - cards and snippets are safe HTML
