from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Tin bài")

    def ready(self):
        from articles.content_version import connect_signals

        connect_signals(self)
        from articles import related_signals  # noqa: F401  (connects the receivers)
