"""One notification: a person is told that something happened to an article."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.models import Article


class Notification(models.Model):
    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("Bài chờ duyệt")
        RETURNED = "returned", _("Bài bị trả lại")
        PUBLISHED = "published", _("Bài đã xuất bản")
        SCHEDULED = "scheduled", _("Bài hẹn giờ xuất bản")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("người nhận"),
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="+", verbose_name=_("bài viết")
    )
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    message = models.CharField(_("nội dung"), max_length=1000)  # plain text, escaped on display
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)
    read_at = models.DateTimeField(_("đã đọc lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_inbox_idx"),
            models.Index(
                fields=["recipient"],
                condition=Q(read_at__isnull=True),
                name="notification_unread_idx",
            ),
        ]

    def __str__(self):
        return self.message

    def get_absolute_url(self):
        return reverse("notifications:open", args=[self.pk])
