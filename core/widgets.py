"""Admin widgets: the one rich-text widget (swap the editor here and nowhere else) and tags."""

import json

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import get_select2_language
from django.urls import reverse
from django_ckeditor_5.widgets import CKEditor5Widget
from taggit.models import Tag
from taggit.utils import edit_string_for_tags, parse_tags


class RichTextWidget(CKEditor5Widget):
    def __init__(self, attrs=None):
        super().__init__(config_name="default", attrs=attrs)


class TagAutocompleteWidget(forms.SelectMultiple):
    """Pick existing tags or type new ones, with suggestions from the admin's autocomplete view.

    taggit's TaggableManager is not a ManyToManyField, so `autocomplete_fields` refuses it
    (admin.E038), and its form field reads tag *names* where the admin widget posts primary
    keys. This widget reuses the admin's own Select2 and its permission-checked
    `admin:autocomplete` endpoint (TagAdmin.search_fields), but its options are names, and
    it posts them back as the quoted comma-separated string taggit's TagField parses.
    """

    def __init__(self, attrs=None, model="articles.article", field_name="tags"):
        super().__init__(attrs={"class": "tag-autocomplete", **(attrs or {})})
        self.app_label, self.model_name = model.split(".")
        self.field_name = field_name

    @property
    def media(self):
        extra = "" if settings.DEBUG else ".min"
        language = get_select2_language()
        i18n = (f"admin/js/vendor/select2/i18n/{language}.js",) if language else ()
        return forms.Media(
            js=(
                f"admin/js/vendor/jquery/jquery{extra}.js",
                f"admin/js/vendor/select2/select2.full{extra}.js",
                *i18n,
                "admin/js/jquery.init.js",
                "articles/admin/tag-autocomplete.js",
            ),
            css={
                "screen": (
                    f"admin/css/vendor/select2/select2{extra}.css",
                    "admin/css/autocomplete.css",
                )
            },
        )

    @staticmethod
    def tag_names(value) -> list[str]:
        if not value:
            return []
        if isinstance(value, str):
            return parse_tags(value)
        return [getattr(tag, "name", str(tag)) for tag in value]

    def get_context(self, name, value, attrs):
        names = self.tag_names(value)
        self.choices = [(tag, tag) for tag in names]
        context = super().get_context(name, names, attrs)
        context["widget"]["attrs"].update(
            {
                "data-ajax--url": reverse("admin:autocomplete"),
                "data-app-label": self.app_label,
                "data-model-name": self.model_name,
                "data-field-name": self.field_name,
                "data-theme": "admin-autocomplete",
                "data-tags": "true",
                "data-token-separators": json.dumps([","]),
                "data-placeholder": "",
                "data-width": "30em",
                "lang": get_select2_language() or "",
            }
        )
        return context

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name) or []
        values = [values] if isinstance(values, str) else values
        # Select2 posts one value per tag; a plain form or script posts one "a, b" string.
        if len(values) == 1:
            values = values[0].split(",")
        names = {v.replace('"', "").strip() for v in values} - {""}
        return edit_string_for_tags([Tag(name=n) for n in names])

    def value_omitted_from_data(self, data, files, name):
        return False
