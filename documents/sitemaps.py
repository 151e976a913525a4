"""Sitemap section of the public documents (mounted by newsroom.urls)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from documents.models import Document

SITEMAP_PAGE_SIZE = 2000


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = SITEMAP_PAGE_SIZE

    def items(self):
        return Document.objects.published().only("number", "updated_at").order_by("-id")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return Document.objects.published().aggregate(latest=Max("updated_at"))["latest"]
