from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.link_tables import name_link_tables
from core.ratelimit import parse_rate

RATE_SETTINGS = ("RATE_LIMIT_SEARCH", "RATE_LIMIT_LOGIN", "RATE_LIMIT_VIEWS", "RATE_LIMIT_API")


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Dùng chung")

    def ready(self):
        # A mistyped limit stops the process at start-up, as a missing SECRET_KEY does,
        # rather than failing readers' requests later.
        for name in RATE_SETTINGS:
            parse_rate(getattr(settings, name))
        name_link_tables()
