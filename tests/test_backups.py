"""Backup and restore round trip on the real server: every article, image and user comes back."""

import uuid
from io import BytesIO

import psycopg2
import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from PIL import Image

from accounts.roles import Role, assign_role, sync_roles
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


def _rows(dbname: str) -> dict[str, list[tuple]]:
    db = connection.settings_dict
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
