"""The one door to public content: every public view, feed, sitemap and search uses it."""

from django.db import connection, models
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def table_estimate(self):
        """The planner's count of all articles (free; -1 before the table is first analyzed)."""
        table = self.model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [table])
            return cursor.fetchone()[0]

    def published(self, now=None):
        """What the public may see: status published and its time has come (by `now`)."""
        from articles.models import Article

        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now or timezone.now())

    def for_list(self):
        """Shape for `_article_card.html`: category joined, no body, newest first."""
        return (
            self.select_related("category")
            .defer("body", "review_note", "search_vector")
            .order_by("-published_at", "-id")
        )

    def for_detail(self):
        """Shape for the article page: category with parent (breadcrumbs).

        Authors and tags are not prefetched: the public page reads them only when its
        cached fragments are rendered (``articles.article_page``).
        """
        return self.select_related("category", "category__parent").defer(
            "review_note", "search_vector"
        )

    def for_sitemap(self):
        """Only what a sitemap entry needs (URL parts and lastmod)."""
        return (
            self.select_related("category")
            .only("slug", "updated_at", "published_at", "category__slug")
            .order_by("-published_at", "-id")
        )
