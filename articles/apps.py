from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Tin bài")

    def ready(self):
        # Models are importable only once the registry is ready, so the receivers load here.
        from articles import changes, image_usage, related_signals, stale_pages, tag_order  # noqa: F401
        from articles.models import Article
        from core.content_version import connect_signals, register_due

        register_due(Article.objects.next_scheduled_time)
        connect_signals(self)
        changes.connect_signals()
        stale_pages.connect(Article)
        image_usage.connect(Article)
