"""/sitemap.xml: an index of sections, each paginated, so no request loads every article."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from articles.models import Article, Category
from pages.models import StaticPage

SITEMAP_PAGE_SIZE = 2000


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8
    limit = SITEMAP_PAGE_SIZE

    def items(self):
        return Article.objects.published().for_sitemap()

    def lastmod(self, item):
        return max(item.updated_at, item.published_at)

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.order_by("position", "pk")


class StaticPageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return StaticPage.objects.published().order_by("position", "pk")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return StaticPage.objects.published().aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {"bai-viet": ArticleSitemap, "chuyen-muc": CategorySitemap, "trang": StaticPageSitemap}
