"""The load generator (wrk) against the server under test (drills.gunicorn), on loopback."""

import json
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import psutil
import redis

from drills.gunicorn import Gunicorn

LUA = Path(__file__).with_name("rotate.lua")


def reachable_redis(url: str, stderr, empty: bool = False) -> str:
    """`url` when a Redis server answers there (emptied first when `empty`: a drill's own
    database number), else "" (each worker then caches in its own memory)."""
    if not url:
        return ""
    try:
        client = redis.Redis.from_url(url, socket_timeout=2)
        client.ping()
        if empty:
            client.flushdb()
    except redis.RedisError:
        stderr.write(f"Redis tại {url} không trả lời: dùng bộ nhớ cục bộ.")
        return ""
    return url


# wrk is one address: limits high enough never to refuse it, still checked each time.
ONE_ADDRESS_LIMITS = {
    "RATE_LIMIT_SEARCH": "100000000/m",
    "RATE_LIMIT_VIEWS": "100000000/m",
    "RATE_LIMIT_API": "100000000/m",
}


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
        **ONE_ADDRESS_LIMITS,
        LOG_LEVEL="ERROR",
    )
    return env


class MemorySampler(threading.Thread):
    """Peak resident memory of the server's workers, sampled five times a second."""

    def __init__(self, server: Gunicorn):
        super().__init__(daemon=True)
        self.server, self.peak, self._done = server, 0, threading.Event()

    def run(self):
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
        raise RuntimeError("Thiếu wrk: apt-get install -y wrk")
    return found


def run_wrk(server: Gunicorn, paths, seconds, threads, connections, method="GET") -> Result:
    """Drive the server with wrk for ``seconds`` over the rotating ``paths``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    env = dict(
        os.environ, BENCH_PATHS=listing.name, BENCH_METHOD=method, BENCH_THREADS=str(threads)
    )
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
                server.base_url + "/",
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
