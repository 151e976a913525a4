"""The administrator's view of the queue: every attempt of every job, its status and,
for a failed one, its error; and when each periodic job runs next. Read only."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from jobs.models import Job, PeriodicRun
from jobs.queue import LABELS, PERIODIC

# The library's English admin gives way to this one.
if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def error_line(result: DBTaskResult) -> str:
    """The exception's last line: 'RuntimeError: …'."""
    lines = [line for line in (result.traceback or "").strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


@admin.register(Job)
class JobAdmin(ReadOnly):
    list_display = [
        "job_name",
        "status",
        "attempt",
        "enqueued_at",
        "finished_at",
        "error",
    ]
    list_filter = ["status"]
    date_hierarchy = "enqueued_at"
    fields = [
        "job_name",
        "status",
        "attempt",
        "arguments",
        "enqueued_at",
        "run_after",
        "started_at",
        "finished_at",
        "error",
        "full_traceback",
    ]
    readonly_fields = fields

    @admin.display(description=_("công việc"), ordering="task_path")
    def job_name(self, obj):
        return LABELS.get(obj.task_path, obj.task_path)

    @admin.display(description=_("lần thử"))
    def attempt(self, obj):
        return (obj.args_kwargs or {}).get("kwargs", {}).get("attempt", 1)

    @admin.display(description=_("tham số"))
    def arguments(self, obj):
        kwargs = {
            k: v for k, v in (obj.args_kwargs or {}).get("kwargs", {}).items() if k != "attempt"
        }
        return ", ".join(map(str, (obj.args_kwargs or {}).get("args", []))) or str(kwargs or "—")

    @admin.display(description=_("lỗi"))
    def error(self, obj):
        return error_line(obj) or "—"

    @admin.display(description=_("chi tiết lỗi"))
    def full_traceback(self, obj):
        return format_html("<pre>{}</pre>", obj.traceback) if obj.traceback else "—"


@admin.register(PeriodicRun)
class PeriodicRunAdmin(ReadOnly):
    list_display = ["job_name", "schedule", "last_run_at", "next_run_at"]

    @admin.display(description=_("công việc"))
    def job_name(self, obj):
        return LABELS.get(obj.name, obj.name)

    @admin.display(description=_("lịch"))
    def schedule(self, obj):
        entry = PERIODIC.get(obj.name)
        return str(entry.schedule) if entry else _("(không còn trong mã)")
