from django.conf import settings
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import nfc


class Image(models.Model):
    """One image of the library: the stored master, its renditions and what to say about it."""

    file = models.CharField(_("tệp"), max_length=255, unique=True, editable=False)
    width = models.PositiveIntegerField(_("chiều rộng"), editable=False)
    height = models.PositiveIntegerField(_("chiều cao"), editable=False)
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, editable=False)
    alt = models.CharField(_("mô tả ảnh (alt)"), max_length=300, blank=True)
    caption = models.CharField(_("chú thích"), max_length=500, blank=True)
    credit = models.CharField(_("tác giả ảnh"), max_length=200, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ngày tải lên"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("ảnh")
        verbose_name_plural = _("thư viện ảnh")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["-created_at", "-id"], name="image_newest")]

    def __str__(self):
        return self.alt or self.caption or self.file.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs):
        self.alt, self.caption, self.credit = (
            nfc(v).strip() for v in (self.alt, self.caption, self.credit)
        )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        users = users_of(self)
        if users:
            raise ProtectedError(_("Ảnh đang được dùng, không xoá được."), set(users))
        paths = set(self.renditions.values()) | {self.file}
        result = super().delete(*args, **kwargs)
        # The files go once the row is really gone (a rolled-back delete keeps them).
        transaction.on_commit(lambda: [default_storage.delete(path) for path in paths])
        return result

    @property
    def url(self) -> str:
        return default_storage.url(self.file)

    @property
    def rendition_urls(self) -> dict:
        return {width: default_storage.url(path) for width, path in self.renditions.items()}

    def rendition_url(self, width: int) -> str:
        """The smallest rendition at least `width` wide (the master when none is)."""
        fitting = sorted(int(w) for w in self.renditions if int(w) >= width)
        return default_storage.url(self.renditions[str(fitting[0])]) if fitting else self.url

    @property
    def srcset(self) -> str:
        return ", ".join(
            f"{default_storage.url(path)} {width}w"
            for width, path in sorted(self.renditions.items(), key=lambda item: int(item[0]))
        )


def users_of(image: Image) -> list:
    """Every object that uses `image`, found through the relations other apps declare to
    Image (a cover, inline images in a body), whatever the app. Relations that keep no
    hold on the row (simple-history's copies, DO_NOTHING) do not count."""
    users = []
    for relation in Image._meta.related_objects:
        if relation.on_delete is models.DO_NOTHING:
            continue
        model = relation.related_model
        lookup = {relation.field.name: image}
        users.extend(model._default_manager.filter(**lookup).distinct())
    return users
