from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.admin_lists import FoldedSearchMixin, ordered_column
from core.widgets import RichTextWidget
from pages.models import PortalLink, SiteIdentity, StaticPage


@admin.register(SiteIdentity)
class SiteIdentityAdmin(admin.ModelAdmin):
    list_display = ["name", "parent_unit", "phone", "email"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PortalLink)
class PortalLinkAdmin(admin.ModelAdmin):
    list_display = ["title", "url", "position"]
    list_editable = ["position"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class StaticPageForm(forms.ModelForm):
    class Meta:
        model = StaticPage
        fields = [
            "title",
            "slug",
            "body",
            "position",
            "is_published",
            "title_en",
            "body_en",
        ]
        widgets = {"body": RichTextWidget(), "body_en": RichTextWidget()}


@admin.register(StaticPage)
class StaticPageAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = StaticPageForm
    list_display = [
        ordered_column(StaticPage, "title", "sort_key"),
        "slug",
        "position",
        "is_published",
        "updated_at",
    ]
    ordering = ["sort_key"]
    list_editable = ["position", "is_published"]
    search_fields = ["title", "title_en"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "body", "position", "is_published"]}),
        (_("Bản tiếng Anh"), {"fields": ["title_en", "body_en"], "classes": ["collapse"]}),
    ]
