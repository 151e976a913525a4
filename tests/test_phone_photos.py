"""Photos straight from a phone: big JPEGs and iPhone HEIC are accepted, upright and downscaled,
while a small file claiming a huge picture is still refused."""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from images.intake import decode
from tests.images import heic, jpeg_claiming, phone_jpeg, png_claiming
from tests.test_uploads import _article_post, stored_files, upload, url_to_path


@pytest.fixture(scope="module")
def photo_48mp():
    return phone_jpeg((8000, 6000), orientation=6)


def red(pixel) -> bool:
    r, g, b = pixel[:3]
    return r > 200 and g < 60 and b < 60


@pytest.mark.django_db
def test_a_48_megapixel_phone_photo_is_stored_upright_at_the_site_size(reporter_client, photo_48mp):
    assert len(photo_48mp) < settings.IMAGE_MAX_BYTES
    response = upload(reporter_client, photo_48mp, "IMG_20261201_0930.jpg")
    assert response.status_code == 200, response.content
    saved = url_to_path(response.json()["urls"]["default"])
    with Image.open(saved) as image:
        # 8000×6000 stored sideways (orientation 6) → upright 1800×2400.
        assert image.size == (1800, 2400)
        assert len(image.getexif()) == 0
        # The corner stored top-left is shown top-right once turned upright.
        assert red(image.getpixel((1790, 10)))
        assert not red(image.getpixel((10, 10)))
    assert b"GPS" not in saved.read_bytes()


def test_a_big_jpeg_is_decoded_at_a_reduced_scale(photo_48mp):
    image = decode(photo_48mp)
    # 8000×6000 at 1/2 scale: never the full 48 MP in memory (4000×3000 still fills 2400).
    assert image.size == (4000, 3000)
    assert image.size[0] * image.size[1] < 8000 * 6000 / 3


def test_a_200_megapixel_jpeg_decodes_at_a_quarter():
    # A 200 MP photo's size class (16320×12240) at 1/4 scale: 4080×3060.
    out = io.BytesIO()  # greyscale keeps the test's own memory at 200 MB, not 800
    Image.linear_gradient("L").resize((16320, 12240)).save(out, "JPEG", quality=80)
    assert decode(out.getvalue()).size == (4080, 3060)


@pytest.mark.django_db
def test_an_iphone_heic_is_converted_to_an_upright_jpeg(reporter_client):
    response = upload(reporter_client, heic((1200, 900), orientation=6), "IMG_0042.HEIC", "")
    assert response.status_code == 200, response.content
    urls = response.json()["urls"]
    saved = url_to_path(urls["default"])
    assert saved.suffix == ".jpg"
    with Image.open(saved) as image:
        assert image.format == "JPEG"
        assert image.size == (900, 1200)
        assert red(image.getpixel((890, 10)))
    assert sorted(int(w) for w in urls if w != "default") == [480, 800, 900]


@pytest.mark.django_db
def test_a_heic_cover_goes_through_the_admin_form(editor_client):
    cover = SimpleUploadedFile("IMG_0043.heic", heic((1000, 750)), "image/heic")
    response = editor_client.post(
        reverse("admin:articles_article_add"), _article_post(cover_image=cover, cover_alt="Ảnh")
    )
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bomb, name",
    [
        (png_claiming(30000, 30000), "bom.png"),  # 900 MP
        (png_claiming(8000, 7000), "lon.png"),  # 56 MP: PNG is decoded whole, cap 50 MP
        (jpeg_claiming(65000, 65000), "bom.jpg"),  # 4.2 GP, even 1/8 is 66 MP
        (jpeg_claiming(20000, 14000), "bom2.jpg"),  # 280 MP, over the JPEG cap
    ],
    ids=["png-900mp", "png-56mp", "jpeg-4gp", "jpeg-280mp"],
)
def test_a_tiny_file_claiming_a_huge_image_is_refused(reporter_client, bomb, name):
    assert len(bomb) < 2000
    response = upload(reporter_client, bomb, name, "image/png")
    assert response.status_code == 400
    assert "quá nhiều điểm ảnh" in response.json()["error"]["message"]
    assert stored_files() == []


@pytest.mark.django_db
def test_a_tiny_jpeg_claiming_200_megapixels_is_refused_before_decoding(reporter_client):
    # Within the JPEG cap, but 700 bytes cannot hold a 192 MP photo (libjpeg would decode
    # the missing data as grey): refused from its header.
    response = upload(reporter_client, jpeg_claiming(16000, 12000), "bom.jpg")
    assert response.status_code == 400
    assert "kích thước khai báo không khớp" in response.json()["error"]["message"]
    assert stored_files() == []


def test_a_flat_grey_photo_is_not_taken_for_a_bomb():
    flat = io.BytesIO()
    Image.new("L", (8000, 6000), 128).save(flat, "JPEG", quality=50)
    assert decode(flat.getvalue()).size == (4000, 3000)
