"""Image uploads: who may upload, what is accepted, and what is stored."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import ExifTags, Image

from articles.images import attach_cover
from articles.models import Article, Author
from images.intake import store_image
from images.models import Image as Image_
from tests.admin_helpers import article_form_data
from tests.factories import make_article, make_category, make_user
from tests.images import gps_exif, jpeg, png, png_claiming

UPLOAD_URL = reverse("articles:editor-image-upload")
SERVER_NAME = re.compile(r"^editor/\d{4}/\d{2}/[0-9a-f]{32}(-\d+)?\.(jpg|png)$")


def stored(path: str) -> Path:
    return Path(settings.MEDIA_ROOT) / path


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def url_to_path(url: str) -> Path:
    assert url.startswith(settings.MEDIA_URL)
    return stored(url.removeprefix(settings.MEDIA_URL))


# --- who may upload ------------------------------------------------------------------


def upload(client, data: bytes, name="anh.jpg", content_type="image/jpeg", **extra):
    return client.post(
        UPLOAD_URL, {"upload": SimpleUploadedFile(name, data, content_type)}, **extra
    )


@pytest.mark.django_db
def test_anonymous_gets_json_403(client):
    response = upload(client, jpeg())
    assert response.status_code == 403
    assert response.json()["error"]["message"]
    assert stored_files() == []


@pytest.mark.django_db
def test_staff_without_change_permission_gets_403(client):
    user = make_user(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)
    assert upload(client, jpeg()).status_code == 403
    assert stored_files() == []


@pytest.mark.django_db
def test_permission_without_staff_status_gets_403(client):
    user = make_user(is_staff=False)
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    client.force_login(user)
    assert upload(client, jpeg()).status_code == 403


@pytest.mark.django_db
def test_reporter_may_upload(reporter_client):
    response = upload(reporter_client, jpeg())
    assert response.status_code == 200
    urls = response.json()["urls"]
    assert url_to_path(urls["default"]).is_file()
    assert "url" not in response.json()  # CKEditor would then ignore the srcset widths


@pytest.mark.django_db
def test_get_is_refused(reporter_client):
    assert reporter_client.get(UPLOAD_URL).status_code == 405


@pytest.mark.django_db
def test_missing_file_is_400(reporter_client):
    response = reporter_client.post(UPLOAD_URL, {})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Chưa chọn tệp ảnh."


@pytest.mark.django_db
def test_csrf_is_enforced(reporter):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reporter)
    assert upload(client, jpeg()).status_code == 403
    assert stored_files() == []
    client.get(reverse("admin:index"))  # sets the CSRF cookie, as the admin page does
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    assert upload(client, jpeg(), HTTP_X_CSRFTOKEN=token).status_code == 200


# --- what is accepted ---------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, name, content_type",
    [
        (b"<html><script>alert(1)</script></html>", "anh.jpg", "image/jpeg"),
        (b"%PDF-1.4 not an image", "tai-lieu.png", "image/png"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "logo.svg",
            "image/svg+xml",
        ),
        (jpeg()[:300], "cat-cut.jpg", "image/jpeg"),
        (b"", "rong.jpg", "image/jpeg"),
    ],
    ids=["html-renamed-jpg", "pdf", "svg", "truncated-jpeg", "empty"],
)
def test_non_images_are_refused_with_400(reporter_client, data, name, content_type):
    response = upload(reporter_client, data, name, content_type)
    assert response.status_code == 400
    assert response.json()["error"]["message"]
    assert stored_files() == []


@pytest.mark.django_db
def test_other_raster_formats_are_refused(reporter_client):
    out = io.BytesIO()
    Image.new("RGB", (20, 20)).save(out, "BMP")
    response = upload(reporter_client, out.getvalue(), "anh.bmp", "image/bmp")
    assert response.status_code == 400
    assert "JPEG, PNG, WebP, GIF hoặc HEIC" in response.json()["error"]["message"]


@pytest.mark.django_db
def test_decompression_bomb_is_a_clear_400(reporter_client):
    bomb = png_claiming(30000, 30000)
    assert len(bomb) < 1000
    response = upload(reporter_client, bomb, "bom.png", "image/png")
    assert response.status_code == 400
    assert "quá nhiều điểm ảnh" in response.json()["error"]["message"]
    assert stored_files() == []


@pytest.mark.django_db
def test_pixel_cap_below_pillows_own_limit_is_enforced(reporter_client, settings):
    settings.IMAGE_MAX_PIXELS = 1_000_000
    response = upload(reporter_client, png_claiming(1500, 1000), "lon.png", "image/png")
    assert response.status_code == 400
    assert "quá nhiều điểm ảnh" in response.json()["error"]["message"]


@pytest.mark.django_db
def test_byte_cap_is_enforced(reporter_client, settings):
    settings.IMAGE_MAX_BYTES = 10_000
    data = jpeg((1600, 1200))
    assert len(data) > 10_000
    response = upload(reporter_client, data)
    assert response.status_code == 400
    assert "quá lớn" in response.json()["error"]["message"]


@pytest.mark.django_db
def test_accepts_png_webp_and_gif(reporter_client):
    for fmt, content_type in [("PNG", "image/png"), ("WEBP", "image/webp"), ("GIF", "image/gif")]:
        out = io.BytesIO()
        Image.new("RGB", (40, 30), (0, 128, 0)).save(out, fmt)
        response = upload(reporter_client, out.getvalue(), f"anh.{fmt.lower()}", content_type)
        assert response.status_code == 200, fmt


# --- what is stored --------------------------------------------------------------------------


@pytest.mark.django_db
def test_polyglot_is_reencoded_without_trailing_html(reporter_client):
    polyglot = jpeg((120, 80)) + b"<html><script>alert(document.cookie)</script></html>"
    response = upload(reporter_client, polyglot)
    assert response.status_code == 200
    saved = url_to_path(response.json()["urls"]["default"]).read_bytes()
    assert b"<script" not in saved
    assert saved.endswith(b"\xff\xd9")  # ends at the JPEG end-of-image marker


@pytest.mark.django_db
def test_exif_gps_is_stripped_and_orientation_applied(reporter_client):
    # 300×200 as stored, orientation 6 = "rotate 90° clockwise to display": 200×300 upright.
    original = jpeg((300, 200), exif=gps_exif(orientation=6))
    source_exif = Image.open(io.BytesIO(original)).getexif()
    assert source_exif.get_ifd(ExifTags.IFD.GPSInfo)  # the test image really carries GPS
    response = upload(reporter_client, original)
    assert response.status_code == 200
    saved = url_to_path(response.json()["urls"]["default"])
    with Image.open(saved) as image:
        assert image.size == (200, 300)
        assert len(image.getexif()) == 0
        assert "exif" not in image.info
    assert b"GPS" not in saved.read_bytes()
    assert "Điện thoại".encode() not in saved.read_bytes()


@pytest.mark.django_db
def test_long_vietnamese_file_name_gets_a_server_name(reporter_client):
    name = ("Ảnh lễ hội đình làng Đông Hòa – đoàn nghệ thuật biểu diễn " * 8)[:400] + ".jpg"
    assert len(name) > 400
    response = upload(reporter_client, jpeg((100, 80)), name)
    assert response.status_code == 200
    path = response.json()["urls"]["default"].removeprefix(settings.MEDIA_URL)
    assert SERVER_NAME.match(path), path


@pytest.mark.django_db
def test_renditions_are_made_once_at_upload(reporter_client):
    response = upload(reporter_client, jpeg((1600, 900)))
    urls = response.json()["urls"]
    assert sorted(int(width) for width in urls if width != "default") == [480, 800, 1200, 1600]
    for width, url in urls.items():
        path = url_to_path(url)
        assert SERVER_NAME.match(url.removeprefix(settings.MEDIA_URL))
        with Image.open(path) as image:
            expected = 1600 if width == "default" else int(width)
            assert image.width == expected
            assert image.height == round(900 * expected / 1600)
    assert len(stored_files()) == 4


@pytest.mark.django_db
def test_huge_originals_are_capped(reporter_client):
    response = upload(reporter_client, jpeg((3000, 1000)))
    with Image.open(url_to_path(response.json()["urls"]["default"])) as image:
        assert image.size == (2400, 800)


@pytest.mark.django_db
def test_transparent_png_stays_png_with_alpha(reporter_client):
    response = upload(
        reporter_client, png(mode="RGBA", color=(0, 0, 0, 0)), "logo.png", "image/png"
    )
    path = url_to_path(response.json()["urls"]["default"])
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.mode == "RGBA"


@pytest.mark.django_db
def test_animated_gif_is_flattened_to_its_first_frame(reporter_client):
    frames = [Image.new("RGB", (40, 30), color) for color in [(255, 0, 0), (0, 0, 255)]]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    response = upload(reporter_client, out.getvalue(), "dong.gif", "image/gif")
    with Image.open(url_to_path(response.json()["urls"]["default"])) as image:
        assert getattr(image, "n_frames", 1) == 1
        red, green, blue = image.convert("RGB").getpixel((20, 15))
        assert red > 200 and blue < 50


# --- cover images and author photos ---------------------------------------------------------


@pytest.mark.django_db
def test_attach_cover_stores_cover_and_renditions():
    article = make_article()
    attach_cover(article, jpeg((1000, 500), exif=gps_exif()))
    article.cover_alt = "Lễ hội"
    article.save()
    article.refresh_from_db()
    assert re.match(r"^covers/\d{4}/\d{2}/[0-9a-f]{32}\.jpg$", article.cover_image.name)
    assert sorted(article.cover_renditions, key=int) == ["480", "800", "1000"]
    for path in article.cover_renditions.values():
        assert stored(path).is_file()
    with Image.open(article.cover_image.path) as image:
        assert len(image.getexif()) == 0


def test_store_image_raises_validation_error_for_garbage(settings, tmp_path):
    with pytest.raises(ValidationError):
        store_image(b"GIF89a but not really", "editor")


def _article_post(**changes):
    """What an editor's add form sends for a new article."""
    new = Article(
        title="Khai mạc Hội diễn văn nghệ quần chúng",
        sapo="Tóm tắt",
        body="<p>Nội dung</p>",
        category=make_category(),
    )
    return article_form_data(new, editor_fields=True, **changes)


@pytest.mark.django_db
def test_admin_cover_upload_goes_through_intake(editor_client):
    name = "Ảnh bìa " + "đêm hội văn nghệ " * 30 + ".jpg"
    cover = SimpleUploadedFile(name, jpeg((1200, 800), exif=gps_exif()), "image/jpeg")
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        _article_post(cover_image=cover, cover_alt="Đội văn nghệ xã Đông Hòa"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get()
    assert re.match(r"^covers/\d{4}/\d{2}/[0-9a-f]{32}\.jpg$", article.cover_image.name)
    assert sorted(article.cover_renditions, key=int) == ["480", "800", "1200"]
    with Image.open(article.cover_image.path) as image:
        assert len(image.getexif()) == 0


@pytest.mark.django_db
def test_admin_cover_requires_alt_text(editor_client):
    cover = SimpleUploadedFile("bia.jpg", jpeg((600, 400)), "image/jpeg")
    response = editor_client.post(
        reverse("admin:articles_article_add"), _article_post(cover_image=cover)
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "cover_alt" in form.errors
    assert Article.objects.count() == 0
    # The picture is kept in the library and the form carries it: it is not asked for again.
    image = Image_.objects.get()
    assert form["cover_source"].value() == str(image.pk)
    assert f'name="cover_source" value="{image.pk}"' in response.content.decode()


@pytest.mark.django_db
def test_admin_cover_error_is_shown_next_to_the_field(editor_client):
    fake = SimpleUploadedFile("bia.jpg", b"<html>not an image</html>", "image/jpeg")
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        _article_post(cover_image=fake, cover_alt="Ảnh"),
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["cover_image"] == ["Tệp không phải là ảnh JPEG, PNG, WebP, GIF hoặc HEIC hợp lệ."]
    html = response.content.decode()
    assert re.search(
        r'field-cover_image.*?<ul class="errorlist[^"]*"[^>]*>\s*<li>Tệp không', html, re.S
    )


@pytest.mark.django_db
def test_admin_cover_bomb_is_a_form_error_not_a_500(editor_client):
    bomb = SimpleUploadedFile("bom.png", png_claiming(30000, 30000), "image/png")
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        _article_post(cover_image=bomb, cover_alt="Ảnh"),
    )
    assert response.status_code == 200
    assert "quá nhiều điểm ảnh" in response.context["adminform"].form.errors["cover_image"][0]


@pytest.mark.django_db
def test_admin_clearing_the_cover_clears_renditions(editor_client):
    article = make_article(status=Article.Status.DRAFT)
    attach_cover(article, jpeg((900, 600)))
    article.cover_alt = "Ảnh"
    article.save()
    data = article_form_data(article, editor_fields=True, **{"cover_image-clear": "on"})
    response = editor_client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.cover_image
    assert article.cover_renditions == {}


@pytest.mark.django_db
def test_admin_author_photo_goes_through_intake(editor_client):
    photo = SimpleUploadedFile("chân dung.jpg", jpeg((2000, 1500), exif=gps_exif()), "image/jpeg")
    response = editor_client.post(
        reverse("admin:articles_author_add"),
        {
            "name": "Nguyễn Thị Hoa",
            "unit": "Trung tâm VHTT&TT huyện",
            "slug": "nguyen-thi-hoa",
            "bio": "",
            "photo": photo,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    author = Author.objects.get()
    assert re.match(r"^authors/\d{4}/\d{2}/[0-9a-f]{32}\.jpg$", author.photo.name)
    with Image.open(author.photo.path) as image:
        assert image.size == (800, 600)
        assert len(image.getexif()) == 0
