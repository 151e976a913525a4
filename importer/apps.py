from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImporterConfig(AppConfig):
    name = "importer"
    verbose_name = _("Nhập dữ liệu từ trang cũ")
