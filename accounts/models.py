from django.conf import settings
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from accounts.names import display_name
from core.sorting import sort_key, sort_key_field, store_sort_key

NAME_FIELDS = {"first_name", "last_name", "username"}


class AuditEntry(models.Model):
    """One change to a person's access: who did what to whom, and when."""

    class Action(models.TextChoices):
        CREATED = "created", _("Tạo tài khoản")
        ROLE_CHANGED = "role_changed", _("Đổi vai trò")
        ACTIVATED = "activated", _("Kích hoạt")
        DEACTIVATED = "deactivated", _("Khóa tài khoản")
        PASSWORD_RESET = "password_reset", _("Đặt lại mật khẩu")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,  # the record outlives the account
        related_name="+",
    )
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    target_username = models.CharField(_("tên đăng nhập"), max_length=150)
    action = models.CharField(_("thao tác"), max_length=20, choices=Action.choices)
    old_value = models.CharField(_("trước"), max_length=100, blank=True)
    new_value = models.CharField(_("sau"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("nhật ký phân quyền")
        verbose_name_plural = _("nhật ký phân quyền")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.target_username}"


class UserSortKey(models.Model):
    """A person's place in Vietnamese order, given name first, kept on every save of the
    account (django.contrib.auth's User has no column for it)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="sort_key",
    )
    key = sort_key_field()

    class Meta:
        verbose_name = _("thứ tự tài khoản")
        verbose_name_plural = _("thứ tự tài khoản")

    def __str__(self):
        return self.key


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def _keep_user_sort_key(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or NAME_FIELDS & set(update_fields):
        store_sort_key(UserSortKey, instance, sort_key(display_name(instance), person=True))
