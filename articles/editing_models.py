"""The editing session's tables: who holds an article open, and each person's autosaved form.

Defined apart from articles.models (which imports them, so they register with the app).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EditLock(models.Model):
    """Who is editing an article now (a soft lock; see articles.locks)."""

    article = models.OneToOneField(
        "articles.Article",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="edit_lock",
        verbose_name=_("bài viết"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("người đang sửa"),
    )
    since = models.DateTimeField(_("sửa từ"))
    heartbeat_at = models.DateTimeField(_("lần báo cuối"))

    class Meta:
        verbose_name = _("khoá sửa bài")
        verbose_name_plural = _("khoá sửa bài")

    def __str__(self):
        return f"{self.article_id} ← {self.user_id}"


class Autosave(models.Model):
    """The last autosaved state of one person's open article form (see articles.autosave).

    Never a version of the article: it holds the form as posted, until that person
    saves the article or discards the copy.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("người viết"),
    )
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,  # null: a new article not yet saved
        related_name="+",
        verbose_name=_("bài viết"),
    )
    data = models.JSONField(_("nội dung biểu mẫu"), default=dict)
    saved_at = models.DateTimeField(_("tự lưu lúc"))

    class Meta:
        verbose_name = _("bản tự lưu")
        verbose_name_plural = _("bản tự lưu")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "article"], name="autosave_once", nulls_distinct=False
            ),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.article_id or '-'}"
