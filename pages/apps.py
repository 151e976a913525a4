from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Trang tĩnh và thông tin đơn vị")

    def ready(self):
        from pages.identity import forget_names

        identity = self.get_model("SiteIdentity")
        post_save.connect(forget_names, sender=identity, dispatch_uid="pages.names.saved")
        post_delete.connect(forget_names, sender=identity, dispatch_uid="pages.names.deleted")
