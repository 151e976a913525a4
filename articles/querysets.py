"""The one door to public content: every public view, feed, sitemap and search uses it."""

from django.db import models
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: status published and its time has come."""
        from articles.models import Article

        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_list(self):
        """Shape for cards in lists: category and authors, no body."""
        return (
            self.select_related("category")
            .prefetch_related("authors")
            .defer("body", "search_vector", "search_title")
            .order_by("-published_at", "-id")
        )

    def for_detail(self):
        return (
            self.select_related("category", "category__parent")
            .prefetch_related("authors", "tags")
            .defer("search_vector", "search_title")
        )
