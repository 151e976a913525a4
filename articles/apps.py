from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Tin bài")

    def ready(self):
        # Models are importable only once the registry is ready, so the receivers load here.
        from articles import menu, related_signals, stale_pages  # noqa: F401  (related_signals)
        from articles.content_version import connect_signals
        from articles.models import Article

        connect_signals(self)
        menu.connect_invalidation()
        stale_pages.connect(Article)
