"""Admin forms: images go through images.intake, never through Django's file handling.

A model ImageField in a ModelForm would store the browser's file and name as
they are. Here the upload is read (under the byte cap), checked, re-encoded and
stored by the image intake, and the form hands the model only the stored path.
Errors show next to the field.
"""

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from articles import images
from articles.models import Article, Author
from core.widgets import RichTextWidget, TagAutocompleteWidget
from images import intake, library
from images.widgets import LibraryImageField

# Loaded after the admin's urlify.js: prepopulated slugs transliterate Vietnamese.
SLUG_MEDIA = forms.Media(js=["admin/js/urlify.js", "articles/admin/vietnamese-slug.js"])


def image_upload_field(label, help_text=""):
    # No max_length: the browser's file name is never used, however long or accented.
    return forms.FileField(
        label=label,
        required=False,
        help_text=help_text,
        widget=AdminFileWidget(attrs={"accept": intake.ACCEPT}),
    )


class ImageIntakeMixin:
    """Runs an uploaded file through an articles.images `attach_*` function while cleaning."""

    new_files: list[str]

    def _take_image(self, field_name, attach, stored_files):
        value = self.cleaned_data.get(field_name)
        if not isinstance(value, UploadedFile):
            return value  # the existing file, False when cleared, or None
        attach(self.instance, intake.checked_upload(value))
        self.new_files = stored_files(self.instance)
        return getattr(self.instance, field_name).name

    def _discard_new_files_if_invalid(self):
        """A form that comes back with errors asks for the file again: keep no orphans."""
        if self.errors:
            for path in getattr(self, "new_files", []):
                default_storage.delete(path)
            self.new_files = []


class ArticleAdminForm(forms.ModelForm):
    cover_image = image_upload_field(
        _("Ảnh đại diện"),
        _("JPEG, PNG, WebP, GIF hoặc HEIC; ảnh được nén lại và xoá siêu dữ liệu."),
    )
    cover_source = LibraryImageField(
        label=_("Ảnh trong thư viện"),
        help_text=_("Ảnh tải lên được lưu vào thư viện ảnh; có thể chọn lại ảnh đã có."),
    )
    request = None  # set by the admin's get_form (articles.admin_workflow)

    class Meta:
        model = Article
        fields = [
            "title", "slug", "sapo", "body", "cover_image", "cover_source", "cover_alt",
            "cover_caption", "category", "tags", "authors", "source", "related_picks",
            "status", "published_at", "featured", "review_note",
        ]  # fmt: skip
        widgets = {"body": RichTextWidget(), "tags": TagAutocompleteWidget()}
        help_texts = {
            "tags": _("Gõ để chọn thẻ có sẵn hoặc thêm thẻ mới; Enter hoặc dấu phẩy để tách thẻ.")
        }

    @property
    def media(self):
        return super().media + SLUG_MEDIA

    def clean_body(self):
        body = self.cleaned_data.get("body") or ""
        limit = settings.ARTICLE_BODY_MAX_CHARS
        if len(body) > limit:
            raise ValidationError(
                _(
                    "Nội dung bài quá dài: %(length)s ký tự (kể cả mã định dạng), tối đa "
                    "%(limit)s. Hãy tách thành nhiều bài hoặc bỏ bớt định dạng dán từ nơi khác."
                ),
                code="too_long",
                params={
                    "length": f"{len(body):,}".replace(",", "."),  # Vietnamese: 1.607
                    "limit": f"{limit:,}".replace(",", "."),
                },
            )
        return body

    def clean_cover_image(self):
        """An uploaded cover goes into the library at once, and the form carries its id
        from then on: a form sent back with an error keeps the chosen picture."""
        value = self.cleaned_data.get("cover_image")
        self.uploaded_cover = None
        if isinstance(value, UploadedFile):
            user = getattr(self.request, "user", None)
            self.uploaded_cover = library.add(intake.checked_upload(value), "covers", user)
            self.data = self.data.copy()
            self.data[self.add_prefix("cover_source")] = str(self.uploaded_cover.pk)
            return self.uploaded_cover.file
        return value  # the existing file, False when cleared, or None

    def clean_cover_source(self):
        if getattr(self, "uploaded_cover", None):
            return self.uploaded_cover
        if self.add_prefix("cover_source") not in self.data:  # a form without the chooser
            return self.instance.cover_source
        return self.cleaned_data.get("cover_source")

    def _apply_library_cover(self, cleaned):
        image, cover = cleaned.get("cover_source"), cleaned.get("cover_image")
        unchosen = image is None and self.instance.cover_source_id is not None
        if cover is False or unchosen:
            cleaned["cover_image"], cleaned["cover_source"] = False, None
            self.instance.cover_renditions = {}
        elif image is not None:
            images.use_library_cover(self.instance, image)
            cleaned["cover_image"] = image.file
            for field, known in (("cover_alt", image.alt), ("cover_caption", image.caption)):
                if not (cleaned.get(field) or "").strip():
                    cleaned[field] = known

    def clean(self):
        cleaned = super().clean()
        self._apply_library_cover(cleaned)
        if cleaned.get("cover_image") and not cleaned.get("cover_alt", "").strip():
            self.add_error(
                "cover_alt",
                ValidationError(
                    _("Ảnh đại diện cần có mô tả (alt) cho người đọc không xem được ảnh."),
                    code="required",
                ),
            )
        return cleaned


class AuthorAdminForm(ImageIntakeMixin, forms.ModelForm):
    photo = image_upload_field(_("Ảnh"))

    class Meta:
        model = Author
        fields = ["name", "unit", "slug", "bio", "photo", "user"]

    @property
    def media(self):
        return super().media + SLUG_MEDIA

    def clean_photo(self):
        return self._take_image("photo", images.attach_author_photo, lambda a: [a.photo.name])

    def clean(self):
        cleaned = super().clean()
        self._discard_new_files_if_invalid()
        return cleaned
