"""The site's chrome (identity, portal links, footer pages), cached.

Read on every public page through the context processor: each process keeps it per
content version, and the shared cache holds it under that version.
"""

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
