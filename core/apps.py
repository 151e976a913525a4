from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from core.ratelimit import parse_rate

RATE_SETTINGS = ("RATE_LIMIT_SEARCH", "RATE_LIMIT_LOGIN", "RATE_LIMIT_VIEWS")


def check_rates(app_configs=None, **kwargs):
    errors = []
    for name in RATE_SETTINGS:
        try:
            parse_rate(getattr(settings, name))
        except ImproperlyConfigured as exc:
            errors.append(checks.Error(str(exc), obj=name, id="core.E001"))
    return errors


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        checks.register(check_rates)
