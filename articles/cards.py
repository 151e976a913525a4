"""Article cards: each card's HTML is rendered once per article version, then reused.

A list page shows up to 42 cards; rendering each through ``{% include %}`` cost most of an
uncached home page. The key holds everything a card shows that can change: the article's
``updated_at`` and publication time, its category's name and slug, the card's variant and
the language. Each process keeps its most recent cards (an LRU): no round trip to a cache.
A card is asked for with an ``Article`` (loaded with its category) or a ``CardRow``
(articles/card_rows.py: plain columns, the model instance built only to render a new card).
"""

from django.template.loader import get_template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from articles.card_rows import CardRow
from core.lru import LocalLRU

TEMPLATE = "articles/_article_card.html"
MAX_CARDS = 4096
_cards = LocalLRU(MAX_CARDS)


def _key(article, variant, language):
    category = article.category
    return (
        article.pk,
        article.updated_at,
        article.published_at,
        category.pk,
        category.name,
        category.slug,
        variant,
        language,
    )


def card_html(article, *, is_lead=False, compact=False, show_category=False, language=None):
    """The card of `article` in one of its variants (`language`: the active one if None)."""
    variant = (bool(is_lead), bool(compact), bool(show_category))
    key = _key(article, variant, language or get_language())
    html = _cards.get(key)
    if html is not None:
        return html
    if isinstance(article, CardRow):
        article = article.instance()
    context = dict(zip(("is_lead", "compact", "show_category"), variant, strict=True))
    html = mark_safe(get_template(TEMPLATE).render({"article": article, **context}))  # noqa: S308
    _cards.put(key, html)
    return html


def cards_html(articles, **variant) -> SafeString:
    """The cards of `articles` one after another, in one variant (one language lookup)."""
    language = get_language()
    return mark_safe("".join(card_html(a, language=language, **variant) for a in articles))  # noqa: S308


def link_html(article, language=None) -> SafeString:
    """A link to the article with its title as text (the Đọc nhiều list), kept as cards are."""
    key = _key(article, "link", language or get_language())
    html = _cards.get(key)
    if html is None:
        html = format_html('<a href="{}">{}</a>', article.get_absolute_url(), article.title)
        _cards.put(key, html)
    return html


def forget_cards() -> None:
    _cards.clear()
