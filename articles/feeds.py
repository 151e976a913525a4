"""RSS 2.0: /rss/ (all news) and /rss/<category>/ (one category, its children included)."""

import mimetypes
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _

from articles import seo
from articles.card_rows import newest_cards
from articles.feed_items import KeptItemsRss, item_keys, keep_xml, kept_xml
from articles.models import Category
from core.version_memo import per_version
from pages.identity import site_identity

FEED_SIZE = 30


@dataclass
class FeedScope:
    request: object
    category: Category | None = None
    to_build: list | None = None  # the articles whose items are not kept (feed_items.py)


class LatestArticlesFeed(Feed):
    feed_type = KeptItemsRss
    language = "vi"

    def get_object(self, request, slug=None):
        category = get_object_or_404(Category, slug=slug) if slug else None
        return FeedScope(request=request, category=category)

    def title(self, obj):
        name = site_identity().name
        return f"{obj.category.name} – {name}" if obj.category else name

    def description(self, obj):
        if obj.category:
            return _("Tin mới trong chuyên mục %(name)s") % {"name": obj.category.name}
        return _("Tin mới nhất")

    def link(self, obj):
        return obj.category.get_absolute_url() if obj.category else reverse("articles:home")

    def get_feed(self, obj, request):
        # Plain columns, read once per content version and process (what is public moves
        # only with the version: a scheduled article falling due moves it too).
        articles = per_version(
            "feed",
            (obj.category.pk if obj.category else None,),
            lambda: newest_cards(FEED_SIZE, category=obj.category),
        )
        keys = item_keys(articles, request)
        kept = [kept_xml(key) for key in keys]
        obj.to_build = [a.instance() for a, xml in zip(articles, kept, strict=True) if xml is None]
        feed = super().get_feed(obj, request)  # the framework builds the items not kept
        built = iter(feed.items)
        for index, xml in enumerate(kept):
            if xml is None:
                kept[index] = feed.item_to_xml(next(built))
                keep_xml(keys[index], kept[index])
        feed.item_xml = kept
        feed.latest = max((max(a.updated_at, a.published_at) for a in articles), default=None)
        return feed

    def items(self, obj):
        for article in obj.to_build:
            # Enclosures are not made absolute by the framework; do it while the request is here.
            article.enclosure_url = seo.cover_url(article, obj.request, width="800")
        return obj.to_build

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.sapo

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name]

    def item_enclosures(self, item):
        if not item.enclosure_url:
            return []
        mime = mimetypes.guess_type(item.enclosure_url)[0] or "image/jpeg"
        # RSS Best Practices: length 0 when the size is not known without reading the file.
        return [Enclosure(item.enclosure_url, "0", mime)]
