"""Site identity (one row), links to related state-agency portals, and static pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.sanitize import sanitize_html
from core.sorting import sort_key, sort_key_field
from core.text import nfc, unique_slug


class SiteIdentity(models.Model):
    """Who runs this site: edited in the admin so any center can run it. Exactly one row."""

    name = models.CharField(_("tên đơn vị"), max_length=200)
    short_name = models.CharField(_("tên viết tắt"), max_length=80, blank=True)
    parent_unit = models.CharField(_("cơ quan chủ quản"), max_length=200, blank=True)
    tagline = models.CharField(_("khẩu hiệu / mô tả ngắn"), max_length=300, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm nội dung"), max_length=200, blank=True
    )
    license_note = models.CharField(_("giấy phép / ghi chú pháp lý"), max_length=300, blank=True)
    logo = models.ImageField(_("logo"), upload_to="site/", blank=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    class Meta:
        verbose_name = _("thông tin đơn vị")
        verbose_name_plural = _("thông tin đơn vị")

    def __str__(self):
        return self.name

    def clean(self):
        if SiteIdentity.objects.exclude(pk=self.pk).exists():
            raise ValidationError(_("Chỉ có một bản thông tin đơn vị; hãy sửa bản đã có."))

    def save(self, *args, **kwargs):
        for field in ("name", "short_name", "parent_unit", "tagline", "address"):
            setattr(self, field, nfc(getattr(self, field)).strip())
        super().save(*args, **kwargs)


class PortalLink(models.Model):
    """A link in the footer to a related state-agency portal."""

    title = models.CharField(_("tên cổng thông tin"), max_length=200)
    url = models.URLField(_("địa chỉ"), max_length=500)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("liên kết cổng thông tin")
        verbose_name_plural = _("liên kết cổng thông tin")
        ordering = ["position", "title"]

    def __str__(self):
        return self.title


class StaticPageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class StaticPage(models.Model):
    """Giới thiệu, Chức năng nhiệm vụ, Liên hệ…: edited in CKEditor, optionally in English."""

    title = models.CharField(_("tiêu đề"), max_length=200)
    slug = models.SlugField(_("đường dẫn"), max_length=140, unique=True, blank=True)
    body = models.TextField(_("nội dung"), blank=True)
    title_en = models.CharField(_("tiêu đề tiếng Anh"), max_length=200, blank=True)
    body_en = models.TextField(_("nội dung tiếng Anh"), blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_published = models.BooleanField(_("hiển thị công khai"), default=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)
    sort_key = sort_key_field()

    objects = StaticPageQuerySet.as_manager()

    class Meta:
        verbose_name = _("trang tĩnh")
        verbose_name_plural = _("trang tĩnh")
        ordering = ["position", "sort_key"]

    def __str__(self):
        return self.title

    @property
    def has_english(self):
        return bool(self.title_en and self.body_en)

    def save(self, *args, **kwargs):
        self.title = nfc(self.title).strip()
        self.title_en = nfc(self.title_en).strip()
        self.sort_key = sort_key(self.title)
        self.body = sanitize_html(nfc(self.body))
        self.body_en = sanitize_html(nfc(self.body_en))
        if not self.slug:
            self.slug = unique_slug(StaticPage, self.title, instance_pk=self.pk, fallback="trang")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:page", kwargs={"slug": self.slug})

    def get_english_url(self):
        return reverse("pages:page-en", kwargs={"slug": self.slug})
