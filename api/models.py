from django.db import models
from django.utils.translation import gettext_lazy as _


class Tombstone(models.Model):
    """A public article that was withdrawn: syncing clients learn to drop it (api.tombstones)."""

    class Reason(models.TextChoices):
        DELETED = "deleted", _("Đã xóa")
        UNPUBLISHED = "unpublished", _("Đã gỡ")

    article_id = models.BigIntegerField(_("mã bài viết"), unique=True)
    reason = models.CharField(_("lý do"), max_length=16, choices=Reason.choices)
    at = models.DateTimeField(_("thời điểm"), db_index=True)

    class Meta:
        verbose_name = _("bài đã rút")
        verbose_name_plural = _("bài đã rút")
        ordering = ["at", "article_id"]

    def __str__(self):
        return f"{self.article_id} {self.reason}"
