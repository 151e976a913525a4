"""Images come only from local copies of wp-content/uploads; old URLs answer 301."""

import zipfile
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from articles.models import Article
from importer.runner import run_import
from pages.models import StaticPage
from tests.images import gps_exif, jpeg
from tests.importer_files import HOA_SON, uploads_folder, uploads_zip

pytestmark = pytest.mark.django_db


def _boat_race():
    return Article.objects.get(slug="le-hoi-dua-thuyen-xa-hoa-binh")


def _media_files(settings):
    return sorted(p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())


def test_featured_image_becomes_the_cover_through_the_normal_intake(tmp_path, settings):
    run_import([HOA_SON], images=uploads_zip(tmp_path))
    article = _boat_race()
    assert article.cover_image.name.startswith("editor/")
    assert set(article.cover_renditions) == {"480", "800", "1200", "1600"}
    assert article.cover_alt == "Các đội thuyền trên sông Hòa"


def test_inline_images_are_stored_and_rewritten_missing_ones_left_as_links(tmp_path):
    report = run_import([HOA_SON], images=uploads_folder(tmp_path))
    body = _boat_race().body
    assert "vhtt.hoason.gov.vn/wp-content/uploads/2019/05/dua-thuyen" not in body
    assert 'src="/media/editor/' in body and "srcset=" in body
    assert (
        '<a href="http://vhtt.hoason.gov.vn/wp-content/uploads/2019/05/khong-co-ban-sao.jpg"'
        in body
    )
    assert "Ảnh: Trao giải" in body
    assert [url for _where, url in report.missing_images] == [
        "http://vhtt.hoason.gov.vn/wp-content/uploads/2019/05/khong-co-ban-sao.jpg"
    ]
    assert "Ảnh không có bản sao trên máy" in report.render()


def test_without_local_images_nothing_is_hot_linked(tmp_path):
    report = run_import([HOA_SON])
    body = _boat_race().body
    assert "<img" not in body
    assert not _boat_race().cover_image
    assert len(report.missing_images) >= 3


def test_images_are_re_encoded_without_exif_and_stored_once_across_runs(tmp_path, settings):
    archive = tmp_path / "uploads.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("uploads/2019/05/dua-thuyen.jpg", jpeg((1600, 900), exif=gps_exif()))
    run_import([HOA_SON], images=archive)
    cover = Path(settings.MEDIA_ROOT) / _boat_race().cover_image.name
    assert not Image.open(cover).getexif()
    files = _media_files(settings)
    again = run_import([HOA_SON], images=archive)
    assert _media_files(settings) == files
    assert again.counts[("image", "created")] == 0


def test_a_non_image_in_the_uploads_is_refused_not_stored(tmp_path):
    archive = tmp_path / "uploads.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("2019/05/dua-thuyen.jpg", b"<html><script>alert(1)</script></html>")
    report = run_import([HOA_SON], images=archive)
    assert not _boat_race().cover_image
    assert any("bị từ chối" in w for w in report.warnings)


def test_old_post_url_answers_301_to_the_new_one(client, tmp_path):
    run_import([HOA_SON])
    article = _boat_race()
    response = client.get("/2019/05/le-hoi-dua-thuyen-xa-hoa-binh/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert client.get("/2019/05/le-hoi-dua-thuyen-xa-hoa-binh").status_code == 301


def test_wordpress_plain_links_and_page_urls_redirect(client):
    run_import([HOA_SON])
    assert client.get("/?p=11")["Location"] == _boat_race().get_absolute_url()
    page = StaticPage.objects.get(slug="gioi-thieu")
    assert client.get("/gioi-thieu/")["Location"] == page.get_absolute_url()
    assert client.get("/?page_id=2")["Location"] == page.get_absolute_url()


def test_old_url_of_a_private_post_stays_a_404(client):
    run_import([HOA_SON])
    assert client.get("/2020/04/bien-ban-hop-noi-bo/").status_code == 404


def test_percent_encoded_vietnamese_old_paths_redirect(client, tmp_path):
    text = HOA_SON.read_text().replace(
        "http://vhtt.hoason.gov.vn/2020/03/giai-bong-da-thanh-nien/",
        "http://vhtt.hoason.gov.vn/2020/03/gi%E1%BA%A3i-b%C3%B3ng-%C4%91%C3%A1/",
    )
    path = tmp_path / "export.xml"
    path.write_text(text)
    run_import([path])
    response = client.get("/2020/03/gi%E1%BA%A3i-b%C3%B3ng-%C4%91%C3%A1/")
    assert response.status_code == 301


def test_pages_that_exist_never_look_at_the_redirect_table(client):
    run_import([HOA_SON])
    with CaptureQueriesContext(connection) as queries:
        assert client.get(_boat_race().get_absolute_url()).status_code == 200
    assert not [q for q in queries.captured_queries if "importer_redirect" in q["sql"]]
