from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs):
    from accounts.roles import sync_roles

    sync_roles()


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Người dùng và vai trò")

    def ready(self):
        # Keep each role's permissions exact after every migrate (new permissions included).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="accounts.sync_roles")
