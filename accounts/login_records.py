"""django-axes (login throttling) as the admin shows it: the library gives its app no name and
its rows English descriptions ("Access Log for … @ …"), built in code no catalogue reaches."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.dates import vn_datetime


def _describe(record) -> str:
    return gettext("%(username)s, %(when)s, từ %(address)s") % {
        "username": record.username or "—",
        "when": vn_datetime(record.attempt_time),
        "address": record.ip_address or "—",
    }


class LoginRecordsConfig(AxesAppConfig):
    verbose_name = _("Nhật ký đăng nhập")

    def ready(self):
        super().ready()
        for name in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
            self.get_model(name).__str__ = _describe
