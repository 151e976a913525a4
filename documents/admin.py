from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import JsonResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from documents.files import ALLOWED_EXTENSIONS, first_page_text, inspect_upload
from documents.models import Document, DocumentFile, DocumentType, IssuingBody, Sector
from documents.prefill import read_first_page


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

    class Media:
        js = ["documents/admin/prefill.js"]

    def get_urls(self):
        prefill = self.admin_site.admin_view(require_POST(self.prefill_view))
        return [
            path("doc-tu-tep/", prefill, name="documents_document_prefill"),
            *super().get_urls(),
        ]

    def prefill_view(self, request):
        """The fields a PDF's first page gives, for the clerk to confirm (JSON)."""
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        upload = request.FILES.get("file")
        if upload is None:
            return JsonResponse({"error": str(_("Chưa chọn tệp."))}, status=400)
        try:
            found = inspect_upload(upload)
        except ValidationError as error:
            return JsonResponse({"error": " ".join(error.messages)}, status=400)
        if found.kind != "pdf":
            return JsonResponse({"fields": {}})
        names = DocumentType.objects.values_list("name", flat=True)
        fields = read_first_page(first_page_text(upload.read()), list(names))
        return JsonResponse({"fields": _form_values(fields)})

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.pk else None


def _form_values(fields: dict) -> dict:
    """What the admin form's inputs take: dates as dd/mm/yyyy, the type as its id."""
    values = dict(fields)
    if "issued_on" in values:
        values["issued_on"] = values["issued_on"].strftime("%d/%m/%Y")
    if "doc_type" in values:
        values["doc_type"] = DocumentType.objects.get(name=values["doc_type"]).pk
    return values
