from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Thông báo")

    def ready(self):
        from articles import workflow
        from notifications import events

        workflow.transitioned.connect(events.on_transition, dispatch_uid="notifications.events")
