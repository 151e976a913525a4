"""RSS 2.0 of the newest public documents: /van-ban/rss/."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from documents.models import Document
from pages.identity import site_identity

FEED_SIZE = 30


class LatestDocumentsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def title(self):
        return _("Văn bản mới – %(name)s") % {"name": site_identity().name}

    def description(self):
        return _("Văn bản mới ban hành")

    def link(self):
        return reverse("documents:list")

    def items(self):
        return Document.objects.published().for_list().order_by("-published_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.doc_type.name, item.issuer.name]
