"""Background jobs on Django's task framework (django-tasks, database backend): a job is
retried with growing waits, and periodic jobs are declared in code beside the function.

A retry is a new row enqueued to run later; the failed attempt keeps its status and
traceback, so the administrator sees each failure (admin "Công việc nền")."""

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task
from django_tasks.base import TaskResultStatus

from jobs.models import LABELS, Job, PeriodicRun, WorkerBeat

logger = logging.getLogger(__name__)

PERIODIC: dict[str, "Periodic"] = {}
# A worker beats every 30 s (run_worker); one silent for this long is taken for dead.
BEAT_STALE = timedelta(minutes=3)


def retry_wait(backoff: float, attempt: int) -> timedelta:
    """Seconds before attempt `attempt + 1`: backoff, 2×, 4× … capped at an hour."""
    return timedelta(seconds=min(backoff * 2 ** (attempt - 1), 3600))


def _reconnect_if_broken() -> None:
    """A job that failed because the database went away: the note and the retry need a
    working connection (Django opens a new one at the next query)."""
    if not connection.in_atomic_block:
        connection.close_if_unusable_or_obsolete()


def job(*, label, attempts: int = 3, backoff: float = 30, on_failure: Callable | None = None):
    """Make `func` a queued job. `on_failure(exc, will_retry, *args, **kwargs)` is told of
    each failed attempt (before the next one is enqueued); the exception still fails it."""

    def wrap(func):
        @functools.wraps(func)
        def attempt_once(*args, attempt: int = 1, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                _reconnect_if_broken()
                after_failure(queued, exc, attempt, args, kwargs)
                raise

        attempt_once.retry_policy = (attempts, backoff, on_failure)
        queued = task(attempt_once)
        LABELS[queued.module_path] = label
        return queued

    return wrap


def after_failure(queued, exc: BaseException, attempt: int, args, kwargs) -> None:
    """Tell the job's on_failure, and enqueue the next attempt after its wait if any is left."""
    attempts, backoff, on_failure = queued.func.retry_policy
    will_retry = attempt < attempts
    if on_failure is not None:
        try:
            on_failure(exc, will_retry, *args, **kwargs)
        except Exception:  # the retry matters more than the note
            logger.exception("on_failure of %s failed", queued.name)
    if will_retry:
        later = timezone.now() + retry_wait(backoff, attempt)
        queued.using(run_after=later).enqueue(*args, attempt=attempt + 1, **kwargs)
        logger.warning("Job %s failed (attempt %s), retried", queued.name, attempt)


class WorkerLost(Exception):
    """The worker running a job stopped (killed, machine restarted) before it ended."""


def recover_abandoned(now: datetime | None = None) -> int:
    """Jobs left running by a worker that no longer beats are marked failed (with a
    message) and retried like any failure. Returns how many were found."""
    now = now or timezone.now()
    alive = set(
        WorkerBeat.objects.filter(seen_at__gte=now - BEAT_STALE).values_list("worker_id", flat=True)
    )
    found = 0
    with transaction.atomic():
        running = Job.objects.select_for_update(skip_locked=True).filter(
            status=TaskResultStatus.RUNNING
        )
        for result in running:
            if result.worker_ids and result.worker_ids[-1] in alive:
                continue
            lost = WorkerLost(_("Bộ chạy việc nền đã dừng khi việc này đang chạy."))
            result.set_failed(lost)
            call = result.args_kwargs or {}
            kwargs = dict(call.get("kwargs", {}))
            attempt = kwargs.pop("attempt", 1)
            try:
                queued = result.task
            except Exception:  # the job's code is gone: nothing to retry
                logger.warning("Abandoned job %s has no code any more", result.task_path)
                continue
            if hasattr(queued.func, "retry_policy"):
                after_failure(queued, lost, attempt, call.get("args", []), kwargs)
            found += 1
    return found


def beat(worker_id: str, now: datetime | None = None) -> None:
    """This worker is alive (and the rows of long-gone workers go)."""
    now = now or timezone.now()
    WorkerBeat.objects.update_or_create(worker_id=worker_id, defaults={"seen_at": now})
    WorkerBeat.objects.filter(seen_at__lt=now - timedelta(days=1)).delete()


@dataclass(frozen=True)
class Every:
    """Every `period`, counted from midnight local time (hourly at :00 + offset, …)."""

    period: timedelta
    offset: timedelta = timedelta(0)
    label: str = ""  # for the administrator, e.g. "mỗi giờ"

    def next_after(self, moment: datetime) -> datetime:
        local = timezone.localtime(moment)
        start = local.replace(hour=0, minute=0, second=0, microsecond=0) + self.offset
        if self.period >= timedelta(days=7):  # weekly: from Monday 00:00
            start -= timedelta(days=local.weekday())
        steps = (local - start) // self.period + 1
        return start + steps * self.period

    def __str__(self) -> str:
        return str(self.label or self.period)


@dataclass(frozen=True)
class Periodic:
    name: str
    queued: object  # the Task
    schedule: Every


def periodic(schedule: Every):
    """Register a job (made by `job()`) to be enqueued on `schedule` by the worker."""

    def register(queued):
        PERIODIC[queued.module_path] = Periodic(queued.module_path, queued, schedule)
        return queued

    return register


def enqueue_due(now: datetime | None = None) -> list[str]:
    """Enqueue every periodic job whose time has come, once across all workers: the
    schedule row is locked, the job enqueued and the next time stored in one transaction."""
    now = now or timezone.now()
    started = []
    for name, entry in PERIODIC.items():
        PeriodicRun.objects.get_or_create(
            name=name, defaults={"next_run_at": entry.schedule.next_after(now)}
        )
        with transaction.atomic():
            run = (
                PeriodicRun.objects.select_for_update(skip_locked=True)
                .filter(name=name, next_run_at__lte=now)
                .first()
            )
            if run is None:
                continue
            entry.queued.enqueue()
            run.last_run_at, run.next_run_at = now, entry.schedule.next_after(now)
            run.save(update_fields=["last_run_at", "next_run_at"])
            started.append(name)
    return started
