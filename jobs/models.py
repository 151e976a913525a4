from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

# Each job's name as people read it, by task path (filled in by jobs.queue.job).
LABELS: dict[str, str] = {}


class PeriodicRun(models.Model):
    """When a periodic job (declared in code, jobs.queue.periodic) is next enqueued."""

    name = models.CharField(_("công việc"), max_length=200, primary_key=True)
    next_run_at = models.DateTimeField(_("lần tới"))
    last_run_at = models.DateTimeField(_("lần trước"), null=True, blank=True)

    class Meta:
        verbose_name = _("lịch chạy định kỳ")
        verbose_name_plural = _("lịch chạy định kỳ")
        ordering = ["name"]

    def __str__(self):
        return str(LABELS.get(self.name, self.name))


class Job(DBTaskResult):
    """One attempt of a queued job, as the administrator sees it (a retry is a new row)."""

    class Meta:
        proxy = True
        verbose_name = _("công việc nền")
        verbose_name_plural = _("công việc nền")
        ordering = ["-enqueued_at"]

    def __str__(self):  # the library's is "Job object (<uuid>)"
        return str(LABELS.get(self.task_path, self.task_path))


class WorkerBeat(models.Model):
    """When a worker last said it was alive: jobs left running by a silent one are retried."""

    worker_id = models.CharField(_("bộ chạy"), max_length=64, primary_key=True)
    seen_at = models.DateTimeField(_("còn chạy lúc"))

    class Meta:
        verbose_name = _("bộ chạy việc nền")
        verbose_name_plural = _("bộ chạy việc nền")

    def __str__(self):
        return self.worker_id
