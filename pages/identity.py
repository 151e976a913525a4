"""The site's chrome (identity, portal links, footer pages), cached.

Read on every public page through the context processor, so it is cached under one
key and dropped whenever one of the rows it is built from changes.
"""

import contextlib

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from pages.models import PortalLink, SiteIdentity, StaticPage

CACHE_KEY = "pages:site-chrome:v2"
CACHE_SECONDS = 60 * 60
DEFAULT_NAME = _("Trung tâm Văn hóa – Thông tin – Thể thao")


def _build():
    identity = SiteIdentity.objects.first() or SiteIdentity(name=str(DEFAULT_NAME))
    return {
        "identity": identity,
        "portals": list(PortalLink.objects.all()),
        "pages": list(StaticPage.objects.published().only("title", "slug", "position")),
    }


def site_chrome():
    """Everything the header and footer show; at most one cache read per request.

    A cache server that is down costs the queries, never the page.
    """
    try:
        chrome = cache.get(CACHE_KEY)
    except Exception:  # the cache backend's own connection errors vary by backend
        return _build()
    if chrome is None:
        chrome = _build()
        with contextlib.suppress(Exception):
            cache.set(CACHE_KEY, chrome, CACHE_SECONDS)
    return chrome


def site_identity():
    return site_chrome()["identity"]


def invalidate(**kwargs):
    with contextlib.suppress(Exception):
        cache.delete(CACHE_KEY)


def connect_invalidation():
    for model in (SiteIdentity, PortalLink, StaticPage):
        uid = f"pages-chrome-{model._meta.label_lower}"
        post_save.connect(invalidate, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"{uid}-delete")
