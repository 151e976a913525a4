"""manage.py run_worker: runs queued jobs; a second thread beats for this worker, retries
jobs that a dead worker left running and enqueues the periodic ones when due."""

import logging
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from jobs.queue import beat, enqueue_due, recover_abandoned

logger = logging.getLogger(__name__)
SCHEDULER_SECONDS = 30


def tick(worker_id: str) -> None:
    """Say this worker is alive, retry what dead workers left running, start due jobs."""
    beat(worker_id)
    recover_abandoned()
    enqueue_due()


def _scheduler(worker_id: str, stop: threading.Event) -> None:
    while not stop.wait(SCHEDULER_SECONDS):
        try:
            close_old_connections()
            tick(worker_id)
        except Exception:  # a database blip: try again at the next tick
            logger.warning("Job scheduler tick failed", exc_info=True)
            connection.close()


class Command(BaseCommand):
    help = "Chạy các công việc nền (nhập dữ liệu, cập nhật từ vựng, tin liên quan, lượt xem)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Chạy hết các việc đang chờ (và việc định kỳ đến hạn) rồi dừng.",
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Giây chờ giữa hai lần tìm việc."
        )

    def handle(self, *args, batch=False, interval=1.0, **options):
        worker_id = get_random_string(32)
        tick(worker_id)
        worker = Worker(
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        if batch:
            worker.run()
            return
        stop = threading.Event()
        threading.Thread(target=_scheduler, args=(worker_id, stop), daemon=True).start()
        worker.configure_signals()
        try:
            worker.run()
        finally:
            stop.set()
