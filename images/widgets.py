"""The library chooser in a form: a hidden image id, its preview, and a button to pick one."""

from django import forms
from django.urls import reverse

from images.models import Image


class LibraryImageWidget(forms.Widget):
    """Posts an Image id. Not an <input type=hidden> widget, so the admin shows its row."""

    template_name = "images/widgets/library_choice.html"

    @property
    def media(self):
        return forms.Media(js=["images/chooser.js"], css={"all": ["images/chooser.css"]})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        image = None
        if value not in (None, ""):
            image = Image.objects.filter(pk=value).first() if str(value).isdigit() else None
        context["widget"]["image"] = image
        if image is not None:
            context["widget"]["preview_url"] = image.rendition_url(480)
            context["widget"]["preview_height"] = round(160 * image.height / max(image.width, 1))
        context["widget"]["chooser_url"] = reverse("images:choose")
        return context


class LibraryImageField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", LibraryImageWidget)
        super().__init__(queryset=Image.objects.all(), **kwargs)
