"""The administrator's import page: upload an export (and a .zip of images), the same
importer runs in the background (importer.tasks), and a progress page that refreshes
itself (no JavaScript) ends with the run's report."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from importer.models import ImportJob
from importer.report import TITLES
from importer.tasks import import_upload
from importer.uploads import ImportUploadForm, store

REFRESH_SECONDS = 3


class ImportJobAdmin(admin.ModelAdmin):
    """Add = the upload form; change = the progress page and report (never an edit form)."""

    list_display = ["source_name", "status", "progress", "created_by", "created_at", "finished_at"]
    list_filter = ["status"]
    list_select_related = ["created_by"]

    @admin.display(description=gettext_lazy("tiến độ"))
    def progress(self, obj):
        return f"{obj.done}/{obj.total}"

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        posted = request.method == "POST"
        form = ImportUploadForm(request.POST, request.FILES) if posted else ImportUploadForm()
        if posted and form.is_valid():
            job = self._start(request, form.cleaned_data)
            messages.success(request, _("Đã nhận tệp; việc nhập chạy ngầm, trang này tự cập nhật."))
            return redirect("admin:importer_importjob_change", job.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Nhập dữ liệu từ trang cũ"),
            "form": form,
        }
        return TemplateResponse(request, "admin/importer/importjob/upload.html", context)

    @staticmethod
    def _start(request, data) -> ImportJob:
        source, images = data["source"], data.get("images")
        with transaction.atomic():  # the job row and its queue entry, or neither
            job = ImportJob.objects.create(
                created_by=request.user,
                source_name=source.name[:255],
                images_name=images.name[:255] if images else "",
                source_file=store(source),
                images_file=store(images) if images else "",
            )
            import_upload.enqueue(job.pk)
        return job

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        job = get_object_or_404(ImportJob, pk=object_id)
        report = job.report or {}
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Nhập “%(name)s”") % {"name": job.source_name},
            "job": job,
            "refresh": None if job.finished else REFRESH_SECONDS,
            "counts": report.get("counts", []),
            "seconds": report.get("seconds"),
            "lists": [
                (title, report[name])
                for name, title in TITLES.items()
                if report.get(name, {}).get("count")
            ],
        }
        return TemplateResponse(request, "admin/importer/importjob/progress.html", context)
