from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from documents.files import ALLOWED_EXTENSIONS, inspect_upload
from documents.models import Document, DocumentFile, DocumentType, IssuingBody, Sector


class DocumentFileForm(forms.ModelForm):
    """Each file is checked from its content before anything is stored."""

    class Meta:
        model = DocumentFile
        fields = ["file", "position"]
        widgets = {"file": forms.ClearableFileInput(attrs={"accept": ",".join(ALLOWED_EXTENSIONS)})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The client's name is only a label (shortened by inspect_upload); the stored one is ours.
        self.fields["file"].max_length = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            found = inspect_upload(upload)
            self.instance.kind = found.kind
            self.instance.size = found.size
            self.instance.original_name = found.original_name
            self.instance.text = found.text
        return upload


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    extra = 1
    min_num = 0
    fields = ["file", "original_name", "kind", "size", "position"]
    readonly_fields = ["original_name", "kind", "size"]


@admin.register(DocumentType, IssuingBody, Sector)
class NamedListAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Document)
class DocumentAdmin(SimpleHistoryAdmin):
    inlines = [DocumentFileInline]
    list_display = ["number", "doc_type", "issuer", "issued_on", "effective_on", "status"]
    list_filter = ["status", "doc_type", "issuer", "sector", "issued_on"]
    date_hierarchy = "issued_on"
    search_fields = ["number", "summary"]
    list_select_related = ["doc_type", "issuer"]
    autocomplete_fields = ["replaces", "amends", "related_articles"]
    fieldsets = [
        (
            None,
            {"fields": ["number", "doc_type", "issuer", "sector", "signer", "summary", "body"]},
        ),
        (_("Hiệu lực"), {"fields": ["issued_on", "effective_on", "expires_on"]}),
        (_("Liên kết"), {"fields": ["replaces", "amends", "related_articles"]}),
        (_("Công bố"), {"fields": ["status", "published_at"]}),
    ]

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.pk else None
