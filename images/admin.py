"""The image library in the admin: list, search (with or without diacritics), upload, edit
what is said about an image, and delete only what no article uses."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from images import intake
from images.models import Image, users_of
from images.search import matching


class ImageAdminForm(forms.ModelForm):
    upload = forms.FileField(
        label=_("Tệp ảnh"),
        required=False,
        help_text=_("JPEG, PNG, WebP, GIF hoặc HEIC; ảnh được nén lại và xoá siêu dữ liệu."),
        widget=forms.ClearableFileInput(attrs={"accept": intake.ACCEPT}),
    )

    class Meta:
        model = Image
        fields = ["alt", "caption", "credit"]

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if self.instance.pk is None and not upload:
            raise ValidationError(_("Hãy chọn một tệp ảnh."), code="required")
        if upload:
            self.stored = intake.store_image(intake.checked_upload(upload), "library")
        return upload


def _admin_link(obj) -> str:
    meta = obj._meta
    try:
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return format_html("{}: {}", meta.verbose_name, obj)
    return format_html('{}: <a href="{}">{}</a>', meta.verbose_name.capitalize(), url, obj)


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageAdminForm
    list_display = ["thumbnail", "alt", "caption", "credit", "uploaded_by", "created_at"]
    list_display_links = ["thumbnail", "alt"]
    list_filter = ["created_at"]
    search_fields = ["alt"]  # shows the search box; the search itself is images.search
    search_help_text = _("Tìm theo mô tả, chú thích hoặc tác giả ảnh, có dấu hay không dấu.")
    readonly_fields = ["preview", "size", "sizes", "uploaded_by", "created_at", "used_by"]
    list_select_related = ["uploaded_by"]

    def get_fields(self, request, obj=None):
        about = ["alt", "caption", "credit"]
        return ["upload", *about] if obj is None else ["preview", *about, *self.readonly_fields[1:]]

    def get_search_results(self, request, queryset, search_term):
        return matching(queryset, search_term), False

    def save_model(self, request, obj, form, change):
        stored = getattr(form, "stored", None)
        if stored is not None:
            obj.file, obj.width, obj.height = stored.path, stored.width, stored.height
            obj.renditions = stored.renditions
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def get_deleted_objects(self, objs, request):
        """An image still shown by an article is refused, with the list of those articles."""
        deleted, counts, perms_needed, _protected = super().get_deleted_objects(objs, request)
        protected = [_admin_link(user) for image in objs for user in users_of(image)]
        return deleted, counts, perms_needed, protected

    def delete_queryset(self, request, queryset):
        for image in queryset:
            image.delete()  # one by one: each removes its files

    @admin.display(description=_("ảnh"))
    def thumbnail(self, obj):
        return format_html(
            '<img src="{}" alt="" width="96" height="{}" loading="lazy">',
            obj.rendition_url(480),
            round(96 * obj.height / obj.width) if obj.width else 64,
        )

    @admin.display(description=_("ảnh"))
    def preview(self, obj):
        return format_html('<img src="{}" alt="{}" width="480">', obj.rendition_url(480), obj.alt)

    @admin.display(description=_("kích thước"))
    def size(self, obj):
        return f"{obj.width} × {obj.height}"

    @admin.display(description=_("các cỡ ảnh"))
    def sizes(self, obj):
        widths = sorted(obj.renditions, key=int)
        links = [format_html('<a href="{}">{}</a>', obj.rendition_urls[w], w) for w in widths]
        return format_html(" · ".join(["{}"] * len(links)), *links)

    @admin.display(description=_("đang được dùng ở"))
    def used_by(self, obj):
        users = users_of(obj)
        if not users:
            return _("Chưa bài nào dùng ảnh này.")
        return format_html("<br>".join(["{}"] * len(users)), *[_admin_link(u) for u in users])
