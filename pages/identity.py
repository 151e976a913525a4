"""The site's chrome (identity, portal links, footer pages), cached.

Read on every public page through the context processor: each process keeps it per
content version, and the shared cache holds it under that version.
"""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from core.content_version import per_version
from pages.models import PortalLink, SiteIdentity, StaticPage

DEFAULT_NAME = _("Trung tâm Văn hóa – Thông tin – Thể thao")


def _build():
    identity = SiteIdentity.objects.first() or SiteIdentity(name=str(DEFAULT_NAME))
    return {
        "identity": identity,
        "portals": list(PortalLink.objects.all()),
        "pages": list(StaticPage.objects.published().only("title", "slug", "position")),
    }


# Each process keeps its copy until the content version moves: most requests read no cache.
site_chrome = per_version(_build, "pages:site-chrome")


def site_identity():
    return site_chrome()["identity"]


NAMES_KEY = "pages:identity-names"
NAMES_SECONDS = 60  # the bound on a stale name where each process has its own cache


def identity_names() -> tuple[str, str]:
    """The center's (name, short name) for the admin's title: kept in the cache until the
    identity changes, so an admin page reads neither the database nor the content version."""
    names = cache.get(NAMES_KEY)
    if names is None:
        identity = SiteIdentity.objects.only("name", "short_name").first()
        names = (identity.name, identity.short_name) if identity else (str(DEFAULT_NAME), "")
        cache.set(NAMES_KEY, names, NAMES_SECONDS)
    return names


def forget_names(sender=None, **kwargs):
    cache.delete(NAMES_KEY)
