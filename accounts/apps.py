from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from accounts.permission_names import name_permissions
    from accounts.roles import sync_roles

    # Apps after this one in INSTALLED_APPS get their post_migrate later: make every
    # app's permissions now, so each role is complete whatever the order.
    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0, using=kwargs.get("using", "default"))
    sync_roles()
    name_permissions()


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Người dùng và vai trò")

    def ready(self):
        # Keep each role's permissions exact after every migrate (new permissions included).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="accounts.sync_roles")
