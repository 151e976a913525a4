from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Văn bản")

    def ready(self):
        # Models are importable only once the registry is ready.
        from core.content_version import register_due
        from documents import changes
        from documents.models import Document

        register_due(Document.objects.next_scheduled_time)
        changes.connect_signals()
