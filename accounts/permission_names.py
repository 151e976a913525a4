"""Vietnamese names for the permissions Django makes for every model.

Django stores "Can add bài viết" once, in English, when a model first migrates; the groups page
shows those names. After every migrate each default permission is renamed from its model's
Vietnamese name ("Thêm bài viết"); a permission declared in a model's Meta keeps its own name.
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.utils import translation
from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "add": _("Thêm %(model)s"),
    "change": _("Sửa %(model)s"),
    "delete": _("Xóa %(model)s"),
    "view": _("Xem %(model)s"),
}


def name_permissions() -> int:
    """Rename the default permissions still carrying another name; returns how many changed."""
    renamed = []
    with translation.override(settings.LANGUAGE_CODE):
        for perm in Permission.objects.select_related("content_type"):
            action, _sep, model_name = perm.codename.partition("_")
            model = perm.content_type.model_class()
            if action not in ACTIONS or model is None or model_name != model._meta.model_name:
                continue
            name = str(ACTIONS[action] % {"model": model._meta.verbose_name})[:255]
            if perm.name != name:
                perm.name = name
                renamed.append(perm)
    Permission.objects.bulk_update(renamed, ["name"])
    return len(renamed)
