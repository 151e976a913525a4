"""The job queue: a real worker (`run_worker --batch`, the queue's own burst mode) over the
real PostgreSQL runs queued jobs, retries a failing one with a growing wait, shows each
attempt's status and error to the administrator, and enqueues periodic jobs on time."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from jobs.models import Job, PeriodicRun
from jobs.queue import PERIODIC, beat, enqueue_due, recover_abandoned
from tests import job_samples

pytestmark = pytest.mark.django_db(transaction=True)
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def run_worker():
    call_command("run_worker", "--batch", "--interval", "0")


def test_a_failing_job_is_retried_after_a_wait_then_marked_failed_with_its_error(
    admin_client,
):
    job_samples.FAILURES.clear()
    job_samples.always_fails.enqueue(7)
    run_worker()

    first = Job.objects.get(status="FAILED")
    assert "Máy chủ ảnh không trả lời (lần gọi 7)" in first.traceback
    retry = Job.objects.exclude(pk=first.pk).get()  # enqueued, waiting for its time
    assert retry.status == "READY"
    assert retry.args_kwargs == {"args": [7], "kwargs": {"attempt": 2}}
    wait = retry.run_after - first.finished_at
    assert timedelta(seconds=40) < wait < timedelta(seconds=50)  # backoff=45 s

    run_worker()  # not yet due: the batch leaves it alone
    assert Job.objects.get(pk=retry.pk).status == "READY"

    Job.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # its time has come
    run_worker()
    assert Job.objects.get(pk=retry.pk).status == "FAILED"
    assert Job.objects.count() == 2  # the last attempt enqueues nothing more
    assert job_samples.FAILURES == [
        ("Máy chủ ảnh không trả lời (lần gọi 7)", True),
        ("Máy chủ ảnh không trả lời (lần gọi 7)", False),
    ]

    page = admin_client.get(reverse("admin:jobs_job_changelist")).content.decode()
    assert "Việc thử luôn hỏng" in page
    assert "Thất bại" in page
    assert "RuntimeError: Máy chủ ảnh không trả lời (lần gọi 7)" in page
    detail = admin_client.get(reverse("admin:jobs_job_change", args=[retry.pk]))
    assert "Máy chủ ảnh không trả lời" in detail.content.decode()


def test_periodic_jobs_are_registered_with_their_schedules():
    schedules = {name: entry.schedule for name, entry in PERIODIC.items()}
    assert set(schedules) >= {
        "search.tasks.refresh_search_words",
        "articles.tasks.recompute_related",
        "articles.tasks.flush_view_counts",
    }
    # Tuesday 1 December 2026, 10:20 in Vietnam.
    now = datetime(2026, 12, 1, 10, 20, tzinfo=VN)
    nxt = {name: timezone.localtime(s.next_after(now), VN) for name, s in schedules.items()}
    assert nxt["search.tasks.refresh_search_words"] == datetime(2026, 12, 1, 11, 7, tzinfo=VN)
    assert nxt["articles.tasks.recompute_related"] == datetime(2026, 12, 6, 2, 30, tzinfo=VN)
    assert nxt["articles.tasks.flush_view_counts"] == datetime(2026, 12, 1, 10, 25, tzinfo=VN)
    assert nxt["articles.tasks.recompute_related"].weekday() == 6  # Sunday


def test_due_periodic_jobs_are_enqueued_once_and_run_by_the_worker(admin_client):
    enqueue_due()  # first sight: each schedule row is created with its next time
    assert set(PeriodicRun.objects.values_list("name", flat=True)) == set(PERIODIC)
    assert not Job.objects.exists()

    PeriodicRun.objects.filter(name="search.tasks.refresh_search_words").update(
        next_run_at=timezone.now() - timedelta(seconds=1)
    )
    assert enqueue_due() == ["search.tasks.refresh_search_words"]
    assert enqueue_due() == []  # once: the next time moved an hour on
    run = PeriodicRun.objects.get(name="search.tasks.refresh_search_words")
    assert run.next_run_at > timezone.now() + timedelta(minutes=1)

    run_worker()
    done = Job.objects.get()
    assert (done.task_path, done.status) == ("search.tasks.refresh_search_words", "SUCCESSFUL")
    page = admin_client.get(reverse("admin:jobs_periodicrun_changelist")).content.decode()
    assert "Cập nhật bộ từ vựng gợi ý tìm kiếm" in page
    assert "mỗi giờ (phút 07)" in page


def test_the_weekly_and_flush_jobs_call_the_same_functions_as_the_commands():
    from articles.tasks import flush_view_counts, recompute_related

    flush_view_counts.enqueue()
    recompute_related.enqueue()
    run_worker()
    assert set(Job.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_a_job_left_running_by_a_dead_worker_is_marked_failed_and_retried():
    job_samples.FAILURES.clear()
    job_samples.always_fails.enqueue(3)
    Job.objects.update(status="RUNNING", worker_ids=["parti"], started_at=timezone.now())
    job_samples.always_fails.enqueue(4)  # held by a worker that still beats: left alone
    Job.objects.filter(status="READY").update(status="RUNNING", worker_ids=["con-song"])
    beat("con-song")

    assert recover_abandoned() == 1
    lost = Job.objects.get(status="FAILED")
    assert lost.args_kwargs["args"] == [3]
    assert "WorkerLost: Bộ chạy việc nền đã dừng khi việc này đang chạy." in lost.traceback
    retry = Job.objects.get(status="READY")
    assert retry.args_kwargs == {"args": [3], "kwargs": {"attempt": 2}}
    assert Job.objects.get(args_kwargs__args=[4]).status == "RUNNING"
    assert job_samples.FAILURES == [("Bộ chạy việc nền đã dừng khi việc này đang chạy.", True)]
