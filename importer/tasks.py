"""The admin's import, as a background job: the same run_import as `import_site`, with
its progress written on the ImportJob. Each item commits on its own and is keyed on its
guid, so a retried job resumes where the failed attempt stopped."""

import time

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from importer.models import ImportJob
from importer.refresh import refresh_related_lists
from importer.runner import run_import
from importer.uploads import discard, local_copies
from jobs.queue import job

SAVE_EVERY_SECONDS = 1.0


class _Progress:
    """A tqdm-like bar (what run_import expects) that writes done/total on the job."""

    def __init__(self, job_id: int, total: int, stage: str):
        self.job_id, self.done, self.saved_at = job_id, 0, 0.0
        ImportJob.objects.filter(pk=job_id).update(stage=stage, total=total, done=0)

    def update(self, n: int = 1) -> None:
        self.done += n
        if time.monotonic() - self.saved_at >= SAVE_EVERY_SECONDS:
            self._save()

    def close(self) -> None:
        self._save()

    def _save(self) -> None:
        ImportJob.objects.filter(pk=self.job_id).update(done=self.done)
        self.saved_at = time.monotonic()


def _finish(job_id: int, **fields) -> None:
    current = ImportJob.objects.get(pk=job_id)
    discard(current.source_file, current.images_file)
    ImportJob.objects.filter(pk=job_id).update(
        finished_at=timezone.now(), source_file="", images_file="", **fields
    )


def _record_failure(exc, will_retry, job_id):
    status = ImportJob.Status.RETRYING if will_retry else ImportJob.Status.FAILED
    message = f"{type(exc).__name__}: {exc}"[:2000]
    if will_retry:
        ImportJob.objects.filter(pk=job_id).update(status=status, error=message)
    else:
        _finish(job_id, status=status, error=message)


@job(
    label=gettext_lazy("Nhập dữ liệu từ trang cũ"),
    attempts=3,
    backoff=30,
    on_failure=_record_failure,
)
def import_upload(job_id: int) -> dict:
    current = ImportJob.objects.get(pk=job_id)
    if current.finished:  # already ended (a duplicate run)
        return current.report
    ImportJob.objects.filter(pk=job_id).update(
        status=ImportJob.Status.RUNNING, attempts=F("attempts") + 1
    )
    if not current.source_file:
        raise FileNotFoundError(_("Tệp tải lên không còn trên máy chủ."))
    with local_copies(current.source_file, current.images_file) as (source, images):
        report = run_import(
            [source],
            images=images,
            related=False,
            progress=lambda total: _Progress(job_id, total, ImportJob.Stage.IMPORT),
        )
    if report.article_ids:
        refresh_related_lists(
            report.article_ids,
            progress=lambda total: _Progress(job_id, total, ImportJob.Stage.RELATED),
        )
    status = ImportJob.Status.DONE if report.ok else ImportJob.Status.FAILED
    _finish(job_id, status=status, report=report.as_dict(), error="")
    return {"articles": len(report.article_ids)}
