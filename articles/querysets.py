"""The one door to public content: every public view, feed, sitemap and search uses it."""

from django.db import connection, models
from django.db.models import Q
from django.db.models.functions import Greatest
from django.utils import timezone

# The status value of published articles: the model's choices and raw SQL both read it here.
PUBLISHED = "published"
# `published()` for hand-written SQL, judged when the statement runs; the status value is
# passed as the `published` parameter. tests/test_publish_rule.py holds the two together.
PUBLISHED_SQL = "{alias}.status = %(published)s AND {alias}.published_at <= now()"


def sync_time():
    """When a public article last changed for a reader: its publication (a scheduled one
    counts from then) or any later change of what it shows (`changed_at`)."""
    return Greatest("changed_at", "published_at")


def published_rows_sql(cursor, column: str) -> str:
    """SELECT of one column of the public articles, values inlined (for materialized views).

    Table names are schema-qualified: PostgreSQL 17+ refreshes views with a safe search_path.
    """
    rule = PUBLISHED_SQL.format(alias="a")
    query = f"SELECT a.{column} FROM public.articles_article a WHERE {rule}"  # noqa: S608
    return cursor.mogrify(query, {"published": PUBLISHED}).decode()


class ArticleQuerySet(models.QuerySet):
    def table_estimate(self):
        """The planner's count of all articles (free; -1 before the table is first analyzed)."""
        table = self.model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [table])
            return cursor.fetchone()[0]

    def published(self, now=None):
        """What the public may see: status published and its time has come (by `now`)."""
        return self.filter(status=PUBLISHED, published_at__lte=now or timezone.now())

    def next_scheduled_time(self):
        """When the next scheduled article goes public (None when nothing is scheduled)."""
        upcoming = self.filter(status=PUBLISHED, published_at__gt=timezone.now())
        return upcoming.aggregate(due=models.Min("published_at"))["due"]

    def in_category(self, category):
        """Articles of `category` or of one of its children (categories have two levels)."""
        return self.filter(Q(category=category) | Q(category__parent=category))

    def for_list(self):
        """Shape for `_article_card.html`: category joined, no body, newest first."""
        return (
            self.select_related("category")
            .defer("body", "review_note")
            .order_by("-published_at", "-id")
        )

    def for_detail(self):
        """Shape for the article page: category with parent (breadcrumbs).

        Authors and tags are not prefetched: the public page reads them only when its
        cached fragments are rendered (``articles.article_page``).
        """
        return self.select_related("category", "category__parent").defer("review_note")

    def for_sitemap(self):
        """Only what a sitemap entry needs (URL parts and lastmod)."""
        return (
            self.select_related("category")
            .only("slug", "updated_at", "published_at", "category__slug")
            .order_by("-published_at", "-id")
        )


_NEWEST_BY_GROUP_SQL = """
SELECT m.grp, pick.id
FROM (SELECT grp, array_agg(category) AS categories
      FROM unnest(%(groups)s::bigint[], %(categories)s::bigint[]) AS m(grp, category)
      GROUP BY grp) AS m
CROSS JOIN LATERAL (
    SELECT a.id, a.published_at FROM articles_article a
    WHERE {rule} AND a.category_id = ANY(m.categories)
    ORDER BY a.published_at DESC, a.id DESC
    LIMIT %(size)s
) AS pick
ORDER BY m.grp, pick.published_at DESC, pick.id DESC
"""


def newest_public_ids(groups: dict[int, list[int]], size: int) -> list[tuple[int, int]]:
    """(group, article id) of the `size` newest public articles of each group of categories.

    One statement for every group (the home page's blocks): no query built per group.
    """
    pairs = [(group, category) for group, members in groups.items() for category in members]
    if not pairs:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            _NEWEST_BY_GROUP_SQL.format(rule=PUBLISHED_SQL.format(alias="a")),
            {
                "groups": [group for group, _ in pairs],
                "categories": [category for _, category in pairs],
                "size": size,
                "published": PUBLISHED,
            },
        )
        return cursor.fetchall()


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    """Articles without their search columns: only SQL reads them, and they are large."""

    SEARCH_COLUMNS = ("search_vector", "search_pairs")

    def get_queryset(self):
        return super().get_queryset().defer(*self.SEARCH_COLUMNS)
