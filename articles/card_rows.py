"""Articles as the lists show them, read as plain columns rather than model instances.

A list page's articles are mostly cards whose HTML is already kept (articles/cards.py):
building two model instances per row (the article and its category) and compiling the
query cost more than the rest of the page. These queries are compiled once per process
(core.prepared) and return ``CardRow``\\ s; an ``Article`` is built from a row only when
its card is missing.
"""

from typing import NamedTuple

from django.db.models import F
from django.db.models.base import DEFERRED
from django.utils import timezone

from articles.models import Article, Category
from core.prepared import SENTINEL_ID, SENTINEL_NOW, AnyOf, Prepared

ARTICLE_COLUMNS = (
    "id",
    "title",
    "slug",
    "sapo",
    "cover_image",
    "cover_renditions",
    "cover_alt",
    "published_at",
    "updated_at",
    "category_id",
)
COLUMNS = (*ARTICLE_COLUMNS, "category__name", "category__slug")


class CardCategory(NamedTuple):
    pk: int
    name: str
    slug: str


class CardRow:
    """One public article's card columns; `category` carries its pk, name and slug."""

    __slots__ = (*(name for name in ARTICLE_COLUMNS if name != "id"), "pk", "category")

    def __init__(self, row):
        (
            self.pk,
            self.title,
            self.slug,
            self.sapo,
            self.cover_image,
            self.cover_renditions,
            self.cover_alt,
            self.published_at,
            self.updated_at,
            self.category_id,
            name,
            slug,
        ) = row
        self.category = CardCategory(self.category_id, name, slug)

    get_absolute_url = Article.get_absolute_url  # the one URL rule (category slug, slug, pk)

    def instance(self) -> Article:
        """The article (with its category) as `for_list()` loads it, for its card's template."""
        values = {name: getattr(self, name) for name in ARTICLE_COLUMNS if name != "id"}
        values["id"] = self.pk
        fields = Article._meta.concrete_fields
        article = Article.from_db(
            "default", None, [values.get(f.attname, DEFERRED) for f in fields]
        )
        category = self.category
        article.category = Category.from_db(
            "default",
            None,
            [
                {"id": category.pk, "name": category.name, "slug": category.slug}.get(
                    f.attname, DEFERRED
                )
                for f in Category._meta.concrete_fields
            ],
        )
        return article


def _published_cards(now):
    return Article.objects.published(now=now).values_list(*COLUMNS)


_by_ids = Prepared(
    lambda now, ids: _published_cards(now).filter(AnyOf(F("id"), ids)).order_by(),
    now=SENTINEL_NOW,
    ids=[SENTINEL_ID],
)


def public_cards(ids, row_class=CardRow) -> dict[int, CardRow]:
    """The public ones among `ids`, by id (one query); `row_class`: CardRow or a subclass."""
    ids = list(ids)
    if not ids:
        return {}
    rows = _by_ids.rows(now=timezone.now(), ids=ids)
    return {row[0]: row_class(row) for row in rows}


_newest = {}


def newest_cards(size: int, *, featured=False, category=None) -> list[CardRow]:
    """The `size` newest public articles, newest first: only featured ones if asked, only
    those of `category` (a Category, its children included) if given."""
    shape = (size, featured, category is not None)
    prepared = _newest.get(shape)
    if prepared is None:

        def build(now, category_id=None):
            articles = _published_cards(now).order_by("-published_at", "-id")
            if category_id is not None:
                articles = articles.in_category(category_id)
            return (articles.filter(featured=True) if featured else articles)[:size]

        sentinels = {"category_id": SENTINEL_ID} if category is not None else {}
        prepared = _newest[shape] = Prepared(build, now=SENTINEL_NOW, **sentinels)
    values = {"category_id": category.pk} if category is not None else {}
    return [CardRow(row) for row in prepared.rows(now=timezone.now(), **values)]


_related = {}


def related_cards(pk: int, size: int) -> list[CardRow]:
    """The public articles of `pk`'s stored related list (articles.related), in its order."""
    prepared = _related.get(size)
    if prepared is None:

        def build(now, pk):
            listed = _published_cards(now).filter(related_backlinks__source_id=pk)
            return listed.order_by("related_backlinks__position")[:size]

        prepared = _related[size] = Prepared(build, now=SENTINEL_NOW, pk=SENTINEL_ID)
    return [CardRow(row) for row in prepared.rows(now=timezone.now(), pk=pk)]
