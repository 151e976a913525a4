"""Faults while editing: a crash mid-save or a full disk leaves the article as it was."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse
from PIL import Image

from articles.models import Article
from newsroom.faults import server_error
from tests.admin_helpers import article_form_data
from tests.factories import make_article, make_author, make_category, make_user

pytestmark = pytest.mark.django_db

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
def editor_client():
    client = Client(raise_request_exception=False)
    client.force_login(make_user(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def article():
    return make_article(
        "Lễ hội đình làng",
        authors=[make_author("Trần Văn Bình")],
        tags=["lễ hội"],
        sapo="Sapo ban đầu.",
        body="<p>Nội dung ban đầu.</p>",
    )


def _snapshot(article):
    article = Article.objects.get(pk=article.pk)
    return {
        "row": {
            f.attname: getattr(article, f.attname)
            for f in Article._meta.concrete_fields
            if f.attname != "updated_at"
        },
        "authors": sorted(article.authors.values_list("pk", flat=True)),
        "tags": sorted(article.tags.names()),
    }


def _change_form(article, **changes):
    """An editor's change form: new text, one more tag and one more author."""
    data = article_form_data(
        article,
        editor_fields=True,
        title="Tiêu đề đã sửa",
        sapo="Sapo đã sửa.",
        body="<p>Nội dung đã sửa.</p>",
        tags="lễ hội, văn hóa",
        authors=[a.pk for a in article.authors.all()] + [make_author("Lê Thị Cúc").pk],
    )
    data.update(changes)
    return data


def _change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_the_change_form_used_below_saves_when_nothing_fails(editor_client, article):
    response = editor_client.post(_change_url(article), _change_form(article))
    assert response.status_code == 302
    after = _snapshot(article)
    assert after["row"]["title"] == "Tiêu đề đã sửa"
    assert len(after["authors"]) == 2
    assert after["tags"] == ["lễ hội", "văn hóa"]


@pytest.mark.parametrize(
    "errcode, status",
    [
        ("P0001", 500),  # the process crashes half-way (an unexpected error)
        ("53100", 503),  # the database's disk fills up half-way: friendly page
    ],
)
def test_a_failure_half_way_through_a_save_leaves_no_half_written_article(
    editor_client, article, errcode, status
):
    before = _snapshot(article)
    # A real fault inside PostgreSQL: the article row is updated first, then
    # writing its authors fails. Nothing of the save may remain.
    with connection.cursor() as cur:
        cur.execute(
            f"""
            CREATE FUNCTION fail_mid_save() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'fault injected' USING ERRCODE = '{errcode}'; END $$;
            CREATE TRIGGER fail_mid_save BEFORE INSERT ON articles_article_authors
            FOR EACH ROW EXECUTE FUNCTION fail_mid_save();
            """
        )
    response = editor_client.post(
        _change_url(article), _change_form(article), HTTP_ACCEPT=BROWSER_ACCEPT
    )
    assert response.status_code == status
    assert b"Traceback" not in response.content
    if status == 503:
        assert "Trang tạm thời gián đoạn" in response.content.decode()
    assert _snapshot(article) == before


def _png() -> bytes:
    out = BytesIO()
    Image.new("RGB", (64, 48), "orange").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def full_disk(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.fault_storage.FullDiskStorage"},
    }
    return settings.MEDIA_ROOT


def test_full_disk_during_cover_upload_gives_a_clear_error_and_keeps_the_article(
    editor_client, article, full_disk
):
    before = _snapshot(article)
    data = _change_form(article, cover_image=SimpleUploadedFile("anh-bia.png", _png(), "image/png"))
    response = editor_client.post(_change_url(article), data, HTTP_ACCEPT=BROWSER_ACCEPT)
    assert response.status_code == 507
    page = response.content.decode()
    assert "Không lưu được tệp" in page
    assert "Bài viết chưa bị thay đổi" in page
    assert _snapshot(article) == before
    assert not [path for path in full_disk.rglob("*") if path.is_file()]


def test_full_disk_during_editor_image_upload_answers_the_editor_in_its_format(
    editor_client, full_disk
):
    response = editor_client.post(
        reverse("articles:editor-image-upload"),
        {"upload": SimpleUploadedFile("anh.png", _png(), "image/png")},
        HTTP_ACCEPT="*/*",
    )
    assert response.status_code == 507
    assert "Không lưu được tệp" in response.json()["error"]["message"]


def test_new_article_is_not_created_when_its_cover_cannot_be_stored(editor_client, full_disk):
    category = make_category()
    count = Article.objects.count()
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        article_form_data(
            Article(title="Bài mới có ảnh", body="<p>Nội dung.</p>", category=category),
            editor_fields=True,
            cover_image=SimpleUploadedFile("bia.png", _png(), "image/png"),
            cover_alt="Ảnh bìa",
        ),
        HTTP_ACCEPT=BROWSER_ACCEPT,
    )
    assert response.status_code == 507
    assert Article.objects.count() == count


def test_a_database_outage_outside_any_view_still_gets_the_503_page(rf):
    # handler500 sees faults raised by middleware, where process_exception cannot.
    from django.db import OperationalError

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Trang tạm thời gián đoạn" in response.content.decode()
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(rf.get("/")).status_code == 500
