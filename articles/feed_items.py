"""RSS items written once per article version, then reused.

Django's syndication framework looks up a dozen attributes per item and writes each item
through a SAX generator on every request: three quarters of an uncached /rss/. An item's
XML depends only on the article's version (its ``updated_at`` and publication time), its
category's name and where it is read (scheme and host make its links absolute), so each
process keeps the XML of recent items (an LRU) and the framework builds only the others.
"""

import io

from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.xmlutils import SimplerXMLGenerator

from core.lru import LocalLRU

MAX_ITEMS = 2048
_items = LocalLRU(MAX_ITEMS)


def item_keys(articles, request) -> list[tuple]:
    """Each article's key; where it is read is looked up once (the host is validated
    against ALLOWED_HOSTS at every call: thirty times a feed cost a quarter of it)."""
    where = (request.scheme, request.get_host(), get_language())
    return [
        (article.pk, article.updated_at, article.published_at, article.category.name, *where)
        for article in articles
    ]


kept_xml = _items.get
keep_xml = _items.put
forget_feed_items = _items.clear


class KeptItemsRss(Rss201rev2Feed):
    """RSS 2.0 whose items are XML written earlier (``item_xml``), in order.

    ``items`` holds only the items built on this request; ``item_xml`` all of them.
    """

    item_xml: list[str] = []
    latest: object = None

    def item_to_xml(self, item) -> str:
        """One item as write_items writes it (same element order, same escaping)."""
        out = io.StringIO()
        handler = SimplerXMLGenerator(out, "utf-8", short_empty_elements=True)
        handler.startElement("item", self.item_attributes(item))
        self.add_item_elements(handler, item)
        handler.endElement("item")
        return out.getvalue()

    def write_items(self, handler):
        for xml in self.item_xml:
            handler.ignorableWhitespace(xml)  # written as is: it is XML already

    def latest_post_date(self):
        return self.latest or super().latest_post_date()
