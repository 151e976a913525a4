"""The one rich-text widget: swap the editor here and nowhere else."""

from django_ckeditor_5.widgets import CKEditor5Widget


class RichTextWidget(CKEditor5Widget):
    def __init__(self, attrs=None):
        super().__init__(config_name="default", attrs=attrs)
