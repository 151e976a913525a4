"""Backup and restore round trip on the real server: every article, image and user comes back."""

import os
import subprocess
import sys
import tarfile
import uuid
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

import psycopg2
import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from PIL import Image

from accounts.roles import Role, assign_role, sync_roles
from newsroom import embedded_db
from newsroom.backups import database_is_empty
from tests.factories import make_article, make_author, make_user

pytestmark = pytest.mark.django_db(transaction=True)

TABLES = [
    "auth_user",
    "auth_group",
    "auth_user_groups",
    "auth_group_permissions",
    "articles_category",
    "articles_author",
    "articles_article",
    "articles_article_authors",
    "articles_article_related_picks",
    "taggit_tag",
    "taggit_taggeditem",
]


def _png(color) -> bytes:
    out = BytesIO()
    Image.new("RGB", (40, 30), color).save(out, "PNG")
    return out.getvalue()


def _rows(dbname: str, server: dict | None = None) -> dict[str, list[tuple]]:
    db = server or connection.settings_dict
    conn = psycopg2.connect(dbname=dbname, user=db["USER"], host=db["HOST"], port=db["PORT"])
    try:
        with conn.cursor() as cur:
            rows = {}
            for table in TABLES:
                cur.execute(f"SELECT * FROM {table} ORDER BY 1")  # noqa: S608 - fixed names
                rows[table] = cur.fetchall()
            return rows
    finally:
        conn.close()


@pytest.fixture
def scratch_database():
    name = f"newsroom_restore_{uuid.uuid4().hex[:10]}"
    with connection.cursor() as cur:
        cur.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    yield name
    with connection.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def content(settings):
    # Transactional tests flush the database between tests (content types, groups).
    ContentType.objects.clear_cache()
    sync_roles()
    editor = make_user("bientap", email="bientap@example.vn", is_staff=True)
    assign_role(editor, Role.EDITOR)
    author = make_author("Nguyễn Thị Hằng", user=editor, bio="Phóng viên.")
    images = {}
    for i, color in enumerate(["red", "green", "blue"]):
        path = default_storage.save(f"covers/2026/11/anh-{i}.png", ContentFile(_png(color)))
        images[path] = _png(color)
        article = make_article(
            f"Hội nghị tổng kết năm {2020 + i}",
            authors=[author],
            tags=["văn hóa", f"thẻ {i}"],
            body=f'<p>Đoạn {i}.</p><img src="/media/{path}" alt="ảnh">',
            cover_alt=f"Ảnh {i}",
        )
        article.cover_image.name = path
        article.save()
    make_article("Bản nháp chưa đăng", status="draft")
    return images


def test_round_trip_restores_every_article_image_and_user(tmp_path, scratch_database, content):
    archive = tmp_path / "sao-luu.tar.gz"
    call_command("backup", output=archive)
    assert archive.stat().st_mode & 0o077 == 0  # owner-only

    restored_media = tmp_path / "media-khoi-phuc"
    call_command("restore", archive, database=scratch_database, media_root=restored_media)

    original = _rows(connection.settings_dict["NAME"])
    restored = _rows(scratch_database)
    assert original["articles_article"]  # the comparison compares something
    assert len(original["articles_article"]) == 4
    assert restored == original
    for path, data in content.items():
        assert (restored_media / path).read_bytes() == data


def test_restore_refuses_a_non_empty_database_unless_forced(tmp_path, scratch_database, content):
    archive = tmp_path / "sao-luu.tar.gz"
    call_command("backup", output=archive)
    call_command("restore", archive, database=scratch_database, media_root=tmp_path / "m1")
    with pytest.raises(CommandError, match="không trống"):
        call_command("restore", archive, database=scratch_database, media_root=tmp_path / "m2")
    assert not (tmp_path / "m2").exists()
    call_command(
        "restore", archive, database=scratch_database, media_root=tmp_path / "m2", force=True
    )
    assert _rows(scratch_database) == _rows(connection.settings_dict["NAME"])


def test_restore_rejects_a_file_that_is_not_a_backup(tmp_path, scratch_database):
    bogus = tmp_path / "khong-phai.tar.gz"
    bogus.write_bytes(b"not a tarball")
    with pytest.raises(CommandError, match="Không đọc được tệp sao lưu"):
        call_command("restore", bogus, database=scratch_database)


# --- Across PostgreSQL majors: the embedded 18 and the machine's server (15 here) ----------

SYSTEM_SERVER = {"USER": "postgres", "HOST": "127.0.0.1", "PORT": "5432"}


def _major(server: dict) -> int:
    conn = psycopg2.connect(dbname="postgres", **_libpq(server))
    try:
        return conn.server_version // 10000
    finally:
        conn.close()


def _libpq(server: dict) -> dict:
    return {"user": server["USER"], "host": server["HOST"], "port": server["PORT"] or None}


def _admin(server: dict, statement: str) -> None:
    conn = psycopg2.connect(dbname="postgres", **_libpq(server))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(statement)
    finally:
        conn.close()


def _url(server: dict, name: str) -> str:
    port = f":{server['PORT']}" if server["PORT"] else ""
    return f"postgres://{server['USER']}@{quote(server['HOST'], safe='')}{port}/{name}"


@pytest.fixture
def other_server():
    """The server of the other major: the machine's one when tests run on the embedded
    server, the embedded one when they run on the machine's (CI runs both)."""
    here = connection.settings_dict
    if os.environ.get("DATABASE_URL"):
        other = embedded_db.database_settings()
    else:
        other = SYSTEM_SERVER
        try:
            _major(other)
        except psycopg2.OperationalError:
            pytest.skip("no PostgreSQL on 127.0.0.1:5432 to restore across majors")
    assert _major(other) != _major(here), "both servers run the same major"
    name = f"newsroom_other_{uuid.uuid4().hex[:10]}"
    _admin(other, f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    yield other, name
    _admin(other, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _manage(*args, database_url: str, media_root: Path) -> subprocess.CompletedProcess:
    """manage.py in its own process, as an operator runs it on the machine they move to."""
    env = dict(os.environ, DATABASE_URL=database_url, MEDIA_ROOT=str(media_root))
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_backup_restores_across_postgresql_majors_both_ways(
    tmp_path, scratch_database, content, other_server
):
    """18 → 15 and 15 → 18 (or the reverse, in CI's run on the machine's server)."""
    server, other_name = other_server
    here = connection.settings_dict
    original = _rows(here["NAME"])
    first = tmp_path / "tu-may-nay.tar.gz"
    call_command("backup", output=first)

    there_media = tmp_path / "media-may-kia"
    done = _manage(
        "restore", str(first), database_url=_url(server, other_name), media_root=there_media
    )
    assert done.returncode == 0, done.stderr
    assert _rows(other_name, server) == original
    for path, data in content.items():
        assert (there_media / path).read_bytes() == data

    second = tmp_path / "tu-may-kia.tar.gz"
    done = _manage(
        "backup", "--output", str(second), database_url=_url(server, other_name),
        media_root=there_media,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    back_media = tmp_path / "media-ve-lai"
    call_command("restore", second, database=scratch_database, media_root=back_media)
    assert _rows(scratch_database) == original
    for path, data in content.items():
        assert (back_media / path).read_bytes() == data


def test_a_restore_that_cannot_succeed_says_why_and_changes_nothing(
    tmp_path, scratch_database, content
):
    archive = tmp_path / "sao-luu.tar.gz"
    call_command("backup", output=archive)
    unpacked = tmp_path / "mo"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    dump = unpacked / "database.dump"
    data = bytearray(dump.read_bytes())
    assert data[:5] == b"PGDMP"
    data[6] = 99  # as written by a pg_dump from the future: archive format 1.99
    dump.write_bytes(bytes(data))
    future = tmp_path / "tuong-lai.tar.gz"
    with tarfile.open(future, "w:gz") as tar:
        for item in unpacked.iterdir():
            tar.add(item, item.name)

    media = tmp_path / "media-khong-dung-den"
    with pytest.raises(CommandError, match="không đọc được bản sao lưu") as refused:
        call_command("restore", future, database=scratch_database, media_root=media)
    assert "Chưa có gì bị thay đổi" in str(refused.value)
    assert database_is_empty({**connection.settings_dict, "NAME": scratch_database})
    assert not media.exists()
