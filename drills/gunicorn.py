"""gunicorn on loopback for the drills: the benchmark, the load test and the live tests.

One free port, one start-up that waits for /healthz and every worker, one log file
(gunicorn's own output and errors), one stop (the whole process group).
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """`newsroom.wsgi` under N sync workers; a context manager, or start() and stop()."""

    def __init__(self, env: dict, workers: int, log: Path, headers: dict | None = None):
        self.env, self.workers, self.log = env, workers, Path(log)
        self.headers = headers or {}  # sent with every request (e.g. the proxy's)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self) -> "Gunicorn":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> "Gunicorn":
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "w") as log:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
                [
                    str(Path(sys.executable).with_name("gunicorn")),
                    "newsroom.wsgi:application",
                    f"--bind=127.0.0.1:{self.port}",
                    f"--workers={self.workers}",
                    "--worker-class=sync",
                    "--timeout=30",
                    "--graceful-timeout=5",
                    "--no-control-socket",  # its default path is shared by every gunicorn
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # stop() ends the master and its workers together
            )
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn dừng ngay khi khởi động: xem {self.log}")
            if self.status("/healthz") == 200 and len(self.worker_pids()) == self.workers:
                return self
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn không trả lời /healthz sau {START_SECONDS} giây: {self.log}")

    def stop(self) -> None:
        if not self.process or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def request(self, path: str, method: str = "GET", timeout: float = 30) -> tuple[int, str]:
        """Status and body of one request; an HTTP error status is an answer, not a raise."""
        request = urllib.request.Request(  # noqa: S310 - always http://127.0.0.1:<port>/…
            self.base_url + path, method=method, headers=self.headers
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def status(self, path: str, method: str = "GET") -> int | None:
        """The status, or None when the server does not answer."""
        try:
            return self.request(path, method)[0]
        except OSError:
            return None

    def prime(self, paths) -> None:
        """Request each path once (8 at a time), so a run starts from a warm cache."""
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(self.status, paths))

    def worker_pids(self) -> list[int]:
        try:
            return [child.pid for child in psutil.Process(self.process.pid).children()]
        except psutil.NoSuchProcess:
            return []

    def worker_cpu_seconds(self) -> float:
        """User + system CPU time the workers have used so far."""
        total = 0.0
        for pid in self.worker_pids():
            try:
                times = psutil.Process(pid).cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
        return total
