"""Tags in the admin: django-taggit's own, with its "merge" in Vietnamese.

The library's merge action, messages and page are English strings no catalogue reaches. Here
merging moves every article's tag through the tag manager (so related news is recomputed, as
on any tag change) and removes the emptied tags.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin import helpers
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag, TaggedItem

from core.text import nfc


class MergeTagsForm(forms.Form):
    name = forms.CharField(label=_("Tên thẻ sau khi gộp"), max_length=100)


def merge_tags(tags, name: str) -> Tag:
    """Move everything tagged with `tags` to the tag `name` (made if new, and named exactly
    so); delete the emptied tags."""
    with transaction.atomic():
        target = Tag.objects.filter(name__iexact=name).first() or Tag(name=name)
        target.name = name  # as typed, also when only its capitals differ from a merged tag
        target.save()
        for tag in tags.exclude(pk=target.pk):
            for item in TaggedItem.objects.filter(tag=tag).prefetch_related("content_object"):
                item.content_object.tags.add(target)
                item.content_object.tags.remove(tag)
            tag.delete()
    return target


class TagMergeAdmin(TaggitTagAdmin):
    """taggit's tag admin with its merge in Vietnamese (articles.admin registers it)."""

    actions = ["merge_selected"]

    def get_urls(self):  # the library's own merge page goes with its action
        return [url for url in super().get_urls() if url.name != "taggit_tag_merge_tags"]

    @admin.action(description=_("Gộp các thẻ đã chọn"), permissions=["change"])
    def merge_selected(self, request, queryset):
        form = MergeTagsForm(request.POST if "name" in request.POST else None)
        if form.is_valid():
            count = queryset.count()
            target = merge_tags(queryset, nfc(form.cleaned_data["name"]).strip())
            message = gettext("Đã gộp %(n)d thẻ vào thẻ “%(tag)s”.")
            self.message_user(request, message % {"n": count, "tag": target.name})
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Gộp thẻ"),
            "opts": self.opts,
            "tags": queryset,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/taggit/tag/merge.html", context)
