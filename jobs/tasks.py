"""The queue's own upkeep: finished jobs' rows are kept a while for the administrator."""

from datetime import timedelta

from django.core.management import call_command
from django.utils.translation import gettext_lazy as _

from jobs.queue import Every, job, periodic

KEEP_DAYS, KEEP_FAILED_DAYS = 7, 30


@periodic(Every(timedelta(days=1), offset=timedelta(hours=3), label=_("hằng ngày, 3 giờ sáng")))
@job(label=_("Dọn các công việc đã xong"))
def prune_finished_jobs() -> None:
    call_command(
        "prune_db_task_results",
        min_age_days=KEEP_DAYS,
        failed_min_age_days=KEEP_FAILED_DAYS,
        verbosity=0,
    )
