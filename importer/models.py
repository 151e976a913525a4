"""What an import made from each source object, and the old site's URLs that lead to it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from pages.models import StaticPage


class SourceRecord(models.Model):
    """One source object (post, page, category, author, image) and what it became here.

    Keyed on the source's own identity (a WordPress guid, a feed item's id), so a re-run
    updates what changed and creates nothing twice.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", _("bài viết")
        PAGE = "page", _("trang tĩnh")
        CATEGORY = "category", _("chuyên mục")
        AUTHOR = "author", _("tác giả")
        IMAGE = "image", _("ảnh")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    key = models.CharField(_("mã nguồn"), max_length=600)
    object_id = models.PositiveIntegerField(_("mã đối tượng"), null=True, blank=True)
    stored_path = models.CharField(_("tệp đã lưu"), max_length=300, blank=True)
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True)
    digest = models.CharField(_("dấu nội dung"), max_length=64, blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("bản ghi nhập")
        verbose_name_plural = _("bản ghi nhập")
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="source_record_once")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.key}"


class Redirect(models.Model):
    """An old site's path that answers 301 to an imported item (consulted only on a 404)."""

    old_path = models.CharField(_("đường dẫn cũ"), max_length=1000, unique=True)
    article = models.ForeignKey(
        Article,
        verbose_name=_("bài viết"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    page = models.ForeignKey(
        StaticPage,
        verbose_name=_("trang tĩnh"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("chuyển hướng từ trang cũ")
        verbose_name_plural = _("chuyển hướng từ trang cũ")
        ordering = ["old_path"]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False, page__isnull=True)
                | Q(article__isnull=True, page__isnull=False),
                name="redirect_one_target",
                violation_error_message=_(
                    "Chọn đúng một nơi để chuyển tới: một bài viết hoặc một trang tĩnh."
                ),
            )
        ]

    def __str__(self):
        return self.old_path


class ImportJob(models.Model):
    """One import started from the admin: the uploaded files (kept until the job ends),
    its progress and its final report, for the administrator's progress page."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("đang chờ")
        RUNNING = "running", _("đang nhập")
        RETRYING = "retrying", _("gặp lỗi, sẽ thử lại")
        DONE = "done", _("đã xong")
        FAILED = "failed", _("thất bại")

    class Stage(models.TextChoices):
        IMPORT = "import", _("nhập các mục")
        RELATED = "related", _("tính tin liên quan")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tải lên lúc"), auto_now_add=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=Status.choices, default=Status.WAITING
    )
    stage = models.CharField(_("bước"), max_length=16, choices=Stage.choices, default=Stage.IMPORT)
    source_name = models.CharField(_("tệp xuất"), max_length=255)
    images_name = models.CharField(_("tệp ảnh"), max_length=255, blank=True)
    source_file = models.CharField(max_length=300, blank=True)  # storage name, until the end
    images_file = models.CharField(max_length=300, blank=True)
    done = models.PositiveIntegerField(_("đã xử lý"), default=0)
    total = models.PositiveIntegerField(_("tổng số"), default=0)
    attempts = models.PositiveSmallIntegerField(_("số lần chạy"), default=0)
    report = models.JSONField(_("báo cáo"), default=dict, blank=True)
    error = models.TextField(_("lỗi"), blank=True)

    class Meta:
        verbose_name = _("lần nhập dữ liệu")
        verbose_name_plural = _("nhập dữ liệu từ trang cũ")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.source_name} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total if self.total else 0
