import uuid

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models, transaction
from django.db.models import F, Q, TextField
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.models import Article
from articles.search_vector import SEARCH_CONFIG
from core.folding import folded
from core.text import nfc, vietnamese_slugify
from documents.files import KINDS
from documents.querysets import PUBLISHED, DocumentQuerySet, Validity


class _NamedList(models.Model):
    """A managed list (types, issuing bodies, fields) edited in the admin."""

    name = models.CharField(_("tên"), max_length=200, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=200, unique=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=100)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or vietnamese_slugify(self.name)
        super().save(*args, **kwargs)


class DocumentType(_NamedList):
    class Meta(_NamedList.Meta):
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")


class IssuingBody(_NamedList):
    class Meta(_NamedList.Meta):
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")


class Sector(_NamedList):
    class Meta(_NamedList.Meta):
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")


def search_document():
    """Number and summary (A), body (B), the files' text (C)."""
    return (
        SearchVector("number", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="A", config=SEARCH_CONFIG)
        + SearchVector("body", weight="B", config=SEARCH_CONFIG)
        + SearchVector("file_text", weight="C", config=SEARCH_CONFIG)
    )


# What list filters read besides the index keys (see Meta.indexes).
LIST_COLUMNS = ["published_at", "effective_on", "expires_on"]


class Document(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PUBLISHED = PUBLISHED, _("Đã công bố")

    Validity = Validity

    number = models.CharField(
        _("số ký hiệu"), max_length=100, help_text=_("Ví dụ: 15/2024/QĐ-UBND")
    )
    doc_type = models.ForeignKey(
        DocumentType, verbose_name=_("loại văn bản"), on_delete=models.PROTECT
    )
    issuer = models.ForeignKey(
        IssuingBody, verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("lĩnh vực"), on_delete=models.PROTECT, null=True, blank=True
    )
    signer = models.CharField(_("người ký"), max_length=200, blank=True)
    issued_on = models.DateField(_("ngày ban hành"))
    effective_on = models.DateField(_("ngày hiệu lực"))
    expires_on = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    summary = models.TextField(_("trích yếu"), max_length=1000)
    body = models.TextField(_("nội dung"), blank=True)
    replaces = models.ManyToManyField(
        "self",
        verbose_name=_("thay thế văn bản"),
        symmetrical=False,
        blank=True,
        related_name="replaced_by",
    )
    amends = models.ManyToManyField(
        "self",
        verbose_name=_("sửa đổi, bổ sung văn bản"),
        symmetrical=False,
        blank=True,
        related_name="amended_by",
    )
    related_articles = models.ManyToManyField(
        Article, verbose_name=_("tin bài liên quan"), blank=True, related_name="+"
    )
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("thời điểm công bố"), null=True, blank=True)
    file_text = models.TextField(_("chữ trong tệp đính kèm"), blank=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)
    number_key = models.GeneratedField(
        expression=folded(F("number")),
        output_field=TextField(),
        db_persist=True,
        verbose_name=_("số ký hiệu không dấu"),
    )
    search_vector = models.GeneratedField(
        expression=search_document(),
        output_field=SearchVectorField(),
        db_persist=True,
        verbose_name=_("chỉ mục tìm kiếm"),
    )

    objects = DocumentQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name=_("phiên bản văn bản"),
        verbose_name_plural=_("phiên bản văn bản"),
        excluded_fields=["file_text", "number_key", "search_vector"],
    )

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issued_on", "-id"]
        indexes = [
            # Covering: lists, counts and validity filters read the index only.
            models.Index(
                fields=["status", "-issued_on", "-id"],
                include=LIST_COLUMNS,
                name="document_pub_idx",
            ),
            *(
                models.Index(
                    fields=[field, "-issued_on", "-id"],
                    include=["status", *LIST_COLUMNS],
                    name=f"document_{field}_idx",
                )
                for field in ("doc_type", "issuer", "sector")
            ),
            models.Index(  # the next scheduled document (core.content_version)
                fields=["published_at"],
                name="document_scheduled_idx",
                condition=Q(status=PUBLISHED),
            ),
            models.Index(  # the sitemap's lastmod
                fields=["-updated_at"],
                name="document_updated_idx",
                condition=Q(status=PUBLISHED),
            ),
            GinIndex(fields=["search_vector"], name="document_search_gin"),
            GinIndex(OpClass("number_key", name="gin_trgm_ops"), name="document_number_trgm"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "number"], name="document_number_unique_per_issuer"
            ),
            models.CheckConstraint(
                condition=~Q(status=PUBLISHED) | Q(published_at__isnull=False),
                name="document_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True) | Q(expires_on__gt=F("effective_on")),
                name="document_expires_after_effect",
            ),
        ]

    def __str__(self):
        return f"{self.number} – {self.summary[:80]}"

    def save(self, *args, **kwargs):
        self.number = nfc(self.number).strip()
        self.summary = nfc(self.summary).strip()
        self.body = nfc(self.body).strip()
        self.signer = nfc(self.signer).strip()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def title(self):
        """How readers name it: "Quyết định số 15/2024/QĐ-UBND" (needs doc_type loaded)."""
        return _("%(type)s số %(number)s") % {"type": self.doc_type.name, "number": self.number}

    @property
    def slug(self):
        return vietnamese_slugify(self.number.replace("/", " "), max_length=80) or "van-ban"

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug, "pk": self.pk})

    def get_validity_display(self):
        return Validity(self.validity).label

    def refresh_file_text(self):
        """The files' text, joined: what search reads (derived on every file change)."""
        texts = self.files.order_by("position", "id").values_list("text", flat=True)
        self.file_text = "\n".join(texts)
        Document.objects.filter(pk=self.pk).update(file_text=self.file_text)


def document_file_name(instance, filename):
    """A server-made name: the original name is kept apart, never used on disk."""
    day = timezone.localdate()
    return f"documents/{day:%Y/%m}/{uuid.uuid4().hex}.{instance.kind}"


KIND_CHOICES = [(kind, kind.upper()) for kind in KINDS]


class DocumentFile(models.Model):
    document = models.ForeignKey(
        Document, verbose_name=_("văn bản"), on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(_("tệp"), upload_to=document_file_name, max_length=200)
    original_name = models.CharField(_("tên tệp gốc"), max_length=255, editable=False)
    kind = models.CharField(_("định dạng"), max_length=8, choices=KIND_CHOICES, editable=False)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"), editable=False)
    text = models.TextField(_("chữ trong tệp"), blank=True, editable=False)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    uploaded_at = models.DateTimeField(_("tải lên lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["position", "id"]

    def __str__(self):
        return self.original_name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.document.refresh_file_text()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self.document.refresh_file_text()
        return result

    @property
    def content_type(self):
        return KINDS[self.kind][1]

    @property
    def label(self):
        return KINDS[self.kind][0]

    def get_absolute_url(self):
        return reverse("documents:file", kwargs={"pk": self.pk})


@receiver(post_delete, sender=DocumentFile, dispatch_uid="documents.remove_stored_file")
def _remove_stored_file(sender, instance, **kwargs):
    """The stored file goes with its row (also when its document is deleted), after commit."""
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))
