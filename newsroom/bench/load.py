"""The server under test (gunicorn) and the load generator (wrk), both on loopback."""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

LUA = Path(__file__).with_name("rotate.lua")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str, redis_url: str, page_cache: bool) -> dict:
    """Production settings as a deployment would set them, plain HTTP on loopback."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(64),  # one value for every worker of the run
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        PUBLIC_PAGE_CACHE="1" if page_cache else "0",
        BENCH_CEILING="1",
        # wrk is one address: limits high enough never to refuse it, still checked each time.
        RATE_LIMIT_SEARCH="100000000/m",
        RATE_LIMIT_VIEWS="100000000/m",
        LOG_LEVEL="ERROR",
    )
    return env


class Server:
    """gunicorn with N sync workers, started and stopped by the benchmark."""

    def __init__(self, env: dict, workers: int, log: Path):
        self.env, self.workers, self.log = env, workers, log
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                str(gunicorn),
                "newsroom.wsgi:application",
                f"--workers={self.workers}",
                f"--bind=127.0.0.1:{self.port}",
                "--worker-class=sync",
                "--no-control-socket",  # its default path is shared by every gunicorn
                f"--error-logfile={self.log}",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start-up; see {self.log}")
            if self.status("/healthz") == 200 and len(self.worker_pids()) == self.workers:
                return self
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer /healthz within 60 s; see {self.log}")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def status(self, path: str, method: str = "GET") -> int | None:
        request = urllib.request.Request(self.base + path, method=method)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return None

    def prime(self, paths) -> None:
        """Request each path once (8 at a time), so a rotation starts from a warm cache."""
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(self.status, paths))

    def worker_cpu_seconds(self) -> float:
        """User + system CPU time the workers have used so far."""
        import psutil

        total = 0.0
        for pid in self.worker_pids():
            try:
                times = psutil.Process(pid).cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
        return total

    def worker_pids(self) -> list[int]:
        import psutil

        try:
            return [child.pid for child in psutil.Process(self.process.pid).children()]
        except psutil.NoSuchProcess:
            return []


class MemorySampler(threading.Thread):
    """Peak resident memory of the server's workers, sampled five times a second."""

    def __init__(self, server: Server):
        super().__init__(daemon=True)
        self.server, self.peak, self._done = server, 0, threading.Event()

    def run(self):
        import psutil

        while not self._done.is_set():
            for pid in self.server.worker_pids():
                try:
                    self.peak = max(self.peak, psutil.Process(pid).memory_info().rss)
                except psutil.NoSuchProcess:
                    continue
            self._done.wait(0.2)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


@dataclass
class Result:
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float
    peak_rss: int
    cpu_seconds: float = 0.0  # the workers' CPU time during the run

    @property
    def cpu_ms(self) -> float:
        """Worker CPU per request: barely moved by other load on the machine."""
        return self.cpu_seconds * 1000 / self.requests if self.requests else 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if not found:
        raise RuntimeError("wrk is missing: apt-get install -y wrk")
    return found


def run_wrk(server: Server, paths, seconds, threads, connections, method="GET") -> Result:
    """Drive the server with wrk for ``seconds`` over the rotating ``paths``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    env = dict(os.environ, BENCH_PATHS=listing.name, BENCH_METHOD=method)
    sampler = MemorySampler(server)
    cpu_before = server.worker_cpu_seconds()
    sampler.start()
    try:
        completed = subprocess.run(  # noqa: S603 - fixed arguments
            [
                wrk_binary(),
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout=10s",
                f"--script={LUA}",
                server.base + "/",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
    finally:
        peak = sampler.stop()
        cpu = server.worker_cpu_seconds() - cpu_before
        os.unlink(listing.name)
    line = next(x for x in completed.stdout.splitlines() if x.startswith("BENCH "))
    data = json.loads(line.removeprefix("BENCH "))
    errors = sum(data[k] for k in ("connect", "read", "write", "status", "timeout"))
    return Result(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        errors=errors,
        p50_ms=data["p50_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        peak_rss=peak,
        cpu_seconds=cpu,
    )
