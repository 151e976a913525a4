"""manage.py run_worker: runs queued jobs and enqueues the periodic ones when due."""

import threading
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from jobs.queue import enqueue_due

SCHEDULER_SECONDS = 30


def _scheduler(stop: threading.Event) -> None:
    while not stop.wait(SCHEDULER_SECONDS):
        try:
            close_old_connections()
            enqueue_due()
        except Exception:  # a database blip: try again at the next tick
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
        enqueue_due()
        worker = Worker(
            queue_names=["*"],
            interval=interval,
            batch=batch,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_string(32),
            excluded_queue_names=[],
        )
        if batch:
            worker.run()
            return
        stop = threading.Event()
        threading.Thread(target=_scheduler, args=(stop,), daemon=True).start()
        worker.configure_signals()
        try:
            worker.run()
        finally:
            stop.set()
            time.sleep(0)
