from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import Tag

from articles.querysets import PUBLISHED as PUBLISHED_STATUS
from articles.querysets import ArticleManager, sync_time
from articles.search_vector import search_document, syllable_pairs
from core.folding import folded
from core.reserved import is_reserved
from core.sanitize import sanitize_html
from core.sorting import sort_key, sort_key_field
from core.text import nfc, unique_slug


class Category(models.Model):
    name = models.CharField(_("tên chuyên mục"), max_length=120)
    slug = models.SlugField(_("đường dẫn"), max_length=140, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("chuyên mục cha"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,  # never orphan a subtree silently
        related_name="children",
    )
    description = models.TextField(_("mô tả"), blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    show_on_home = models.BooleanField(_("hiện trên trang chủ"), default=True)
    sort_key = sort_key_field()

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")
        ordering = ["position", "sort_key"]

    def __str__(self):
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.parent_id and (self.parent_id == self.pk or self.parent.parent_id):
            raise ValidationError({"parent": _("Chuyên mục chỉ có hai cấp.")})
        if is_reserved(self.slug):
            raise ValidationError(
                {
                    "slug": _("Đường dẫn “%(slug)s” dành cho trang của hệ thống.")
                    % {"slug": self.slug}
                }
            )

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.sort_key = sort_key(self.name)
        if not self.slug:
            self.slug = unique_slug(Category, self.name, instance_pk=self.pk, fallback="chuyen-muc")
            if is_reserved(self.slug):
                self.slug = unique_slug(
                    Category, f"{self.name} chuyen muc", instance_pk=self.pk, fallback="chuyen-muc"
                )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:category", kwargs={"slug": self.slug})


class Author(models.Model):
    name = models.CharField(_("tên hiển thị"), max_length=120)
    unit = models.CharField(_("đơn vị"), max_length=200, blank=True)
    slug = models.SlugField(_("đường dẫn"), max_length=140, unique=True)
    bio = models.TextField(_("giới thiệu"), blank=True)
    photo = models.ImageField(_("ảnh"), upload_to="authors/%Y/", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,  # a deleted account keeps its byline
        related_name="author_profile",
    )
    sort_key = sort_key_field(db_index=True)  # given name first: "Nguyễn Văn An" under A

    class Meta:
        verbose_name = _("tác giả")
        verbose_name_plural = _("tác giả")
        ordering = ["sort_key"]

    def __str__(self):
        return self.byline

    @property
    def byline(self):
        return f"{self.name} – {self.unit}" if self.unit else self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.unit = nfc(self.unit).strip()
        self.bio = nfc(self.bio)
        self.sort_key = sort_key(self.name, person=True)
        if not self.slug:
            self.slug = unique_slug(Author, self.name, instance_pk=self.pk, fallback="tac-gia")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})


class TagSortKey(models.Model):
    """A tag's place in Vietnamese order (taggit's Tag has no column for it): articles.tag_order."""

    tag = models.OneToOneField(
        Tag, on_delete=models.CASCADE, primary_key=True, related_name="sort_key"
    )
    key = sort_key_field(db_index=True)

    class Meta:
        verbose_name = _("thứ tự thẻ")
        verbose_name_plural = _("thứ tự thẻ")

    def __str__(self):
        return self.key


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PENDING = "pending", _("Chờ duyệt")
        RETURNED = "returned", _("Trả lại")
        PUBLISHED = PUBLISHED_STATUS, _("Đã xuất bản")
        ARCHIVED = "archived", _("Lưu trữ")

    title = models.CharField(_("tiêu đề"), max_length=300)
    slug = models.SlugField(_("đường dẫn"), max_length=220, unique=True, blank=True)
    sapo = models.TextField(_("sapo (tóm tắt)"), max_length=1000, blank=True)
    body = models.TextField(_("nội dung"), blank=True)
    cover_image = models.ImageField(_("ảnh đại diện"), upload_to="covers/%Y/%m/", blank=True)
    cover_renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)
    cover_alt = models.CharField(_("mô tả ảnh (alt)"), max_length=300, blank=True)
    cover_caption = models.CharField(_("chú thích ảnh"), max_length=500, blank=True)
    # The cover's library record (none for covers stored before the library) and the
    # library images the body shows (kept by articles.image_usage on every save): an
    # image in use cannot be deleted from the library.
    cover_source = models.ForeignKey(
        "images.Image",
        verbose_name=_("ảnh đại diện trong thư viện"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cover_of",
    )
    inline_images = models.ManyToManyField(
        "images.Image", verbose_name=_("ảnh trong bài"), blank=True, related_name="shown_in"
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("chuyên mục"),
        on_delete=models.PROTECT,  # a category with articles cannot vanish
        related_name="articles",
    )
    tags = TaggableManager(_("thẻ"), blank=True)
    authors = models.ManyToManyField(
        Author, verbose_name=_("tác giả"), blank=True, related_name="articles"
    )
    source = models.CharField(_("nguồn"), max_length=300, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("thời điểm xuất bản"), null=True, blank=True)
    featured = models.BooleanField(_("tin nổi bật"), default=False)
    review_note = models.TextField(_("ghi chú của biên tập"), blank=True)
    related_picks = models.ManyToManyField(
        "self",
        verbose_name=_("tin liên quan do biên tập chọn"),
        symmetrical=False,
        blank=True,
        related_name="+",
    )
    view_count = models.PositiveIntegerField(_("lượt xem"), default=0, editable=False)
    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người sửa cuối"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)
    # Any change of what the article shows, its tags, authors, related list and their names
    # included (articles.changes); not an edit, so autosave and "sửa cuối" keep updated_at.
    changed_at = models.DateTimeField(_("thay đổi lúc"), auto_now=True)
    # Maintained by PostgreSQL itself on every write (see articles.search_vector).
    search_vector = models.GeneratedField(
        expression=search_document(),
        output_field=SearchVectorField(),
        db_persist=True,
        verbose_name=_("chỉ mục tìm kiếm"),
    )
    search_pairs = models.GeneratedField(
        expression=syllable_pairs(),
        output_field=ArrayField(models.TextField()),
        db_persist=True,
        verbose_name=_("cặp âm tiết liền nhau"),
    )
    # What the admin list's search reads (core.admin_lists): no f_unaccent() per row.
    folded_text = models.GeneratedField(
        expression=folded(Concat("title", Value("\n"), "sapo", output_field=models.TextField())),
        output_field=models.TextField(),
        db_persist=True,
        verbose_name=_("tiêu đề và sapo không dấu"),
    )

    objects = ArticleManager()
    # Every saved version, with who saved it; editors compare and restore in the admin.
    history = HistoricalRecords(
        verbose_name=_("phiên bản bài viết"),
        verbose_name_plural=_("phiên bản bài viết"),
        m2m_fields=[authors],
        excluded_fields=[
            "view_count",
            "search_vector",
            "search_pairs",
            "folded_text",
            "changed_at",
        ],
    )

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = ["-published_at", "-id"]
        permissions = [
            ("publish_article", _("Có thể xuất bản, hẹn giờ, gỡ và nêu bật bài viết")),
            ("edit_any_article", _("Có thể sửa bài viết của mọi người")),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="article_pub_idx"),
            models.Index(
                fields=["category", "-published_at", "-id"],
                name="article_cat_pub_idx",
                condition=Q(status=PUBLISHED_STATUS),
            ),
            models.Index(
                fields=["-updated_at"],
                name="article_updated_idx",
                condition=Q(status=PUBLISHED_STATUS),
            ),
            models.Index(  # incremental sync (api): in order of the last change
                sync_time(),
                "id",
                name="article_sync_idx",
                condition=Q(status=PUBLISHED_STATUS),
            ),
            models.Index(
                fields=["-published_at", "-id"],
                name="article_featured_idx",
                condition=Q(status=PUBLISHED_STATUS, featured=True),
            ),
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            GinIndex(fields=["search_pairs"], name="article_search_pairs_gin"),
            GinIndex(OpClass(F("folded_text"), "gin_trgm_ops"), name="article_folded_trgm"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=PUBLISHED_STATUS) | Q(published_at__isnull=False),
                name="article_published_has_date",
            ),
        ]

    def __str__(self):
        return self.title

    def normalize(self):
        """The rules every write obeys (NFC, the sanitizer, a slug, a publication date);
        save() applies them, and so does a bulk writer (the importer) before bulk_create."""
        self.title = nfc(self.title).strip()
        self.sapo = nfc(self.sapo).strip()
        self.cover_alt = nfc(self.cover_alt).strip()
        self.cover_caption = nfc(self.cover_caption).strip()
        self.source = nfc(self.source).strip()
        self.body = sanitize_html(nfc(self.body))
        if not self.slug:
            self.slug = unique_slug(Article, self.title, instance_pk=self.pk)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    def save(self, *args, **kwargs):
        self.normalize()
        if self.pk is not None and not self._state.adding and kwargs.get("update_fields") is None:
            # view_count moves only through articles.view_counts (F() updates): an
            # editor's save must not write back the number read when the form opened.
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and not f.generated and f.name != "view_count"
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "articles:detail",
            kwargs={"category": self.category.slug, "slug": self.slug, "pk": self.pk},
        )

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def byline(self):
        return ", ".join(a.byline for a in self.authors.all())


class RelatedArticle(models.Model):
    """One precomputed entry of an article's "related news" list (see articles.related)."""

    source = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="related_links", verbose_name=_("bài gốc")
    )
    target = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="related_backlinks",
        verbose_name=_("bài liên quan"),
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"))
    score = models.FloatField(_("điểm"), null=True, blank=True)  # null for an editor's pick

    class Meta:
        verbose_name = _("tin liên quan")
        verbose_name_plural = _("tin liên quan")
        ordering = ["source", "position"]
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="related_once"),
            models.UniqueConstraint(fields=["source", "position"], name="related_position"),
            models.CheckConstraint(condition=~Q(source=F("target")), name="related_not_self"),
        ]

    def __str__(self):
        return f"{self.source_id} → {self.target_id}"


# The editing session's own tables (soft lock, autosaved form), kept in their own module.
from articles.editing_models import Autosave, EditLock  # noqa: E402, F401
