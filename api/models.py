from django.db import models
from django.utils.translation import gettext_lazy as _


class Tombstone(models.Model):
    """A public article or document that was withdrawn: syncing clients learn to drop it
    (api.tombstones)."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Bài viết")
        DOCUMENT = "document", _("Văn bản")

    class Reason(models.TextChoices):
        DELETED = "deleted", _("Đã xóa")
        UNPUBLISHED = "unpublished", _("Đã gỡ")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.ARTICLE)
    item_id = models.BigIntegerField(_("mã"))
    reason = models.CharField(_("lý do"), max_length=16, choices=Reason.choices)
    at = models.DateTimeField(_("thời điểm"), db_index=True)

    class Meta:
        verbose_name = _("mục đã rút")
        verbose_name_plural = _("mục đã rút")
        ordering = ["at", "item_id"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "item_id"], name="tombstone_one_per_item")
        ]
        indexes = [models.Index(fields=["kind", "at", "item_id"], name="tombstone_sync_idx")]

    def __str__(self):
        return f"{self.kind} {self.item_id} {self.reason}"
