"""In Debian's Chromium: the cover survives a form error; the library chooser picks a cover and
inserts an image in the editor."""

import pytest
from django.db import connections
from PIL import Image as PILImage
from playwright.sync_api import expect, sync_playwright

from accounts.roles import Role, assign_role
from articles.models import Article
from images import library
from tests.browser.admin_pages import pick_category, sign_in
from tests.factories import make_category, make_user
from tests.images import jpeg

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
expect.set_options(timeout=20_000)

PASSWORD = "mat-khau-trinh-duyet-1"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def editor_page(live_server):
    make_category("Văn hóa – Văn nghệ")
    assign_role(make_user("bientap", password=PASSWORD, first_name="Minh"), Role.EDITOR)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_context(locale="vi-VN").new_page()
            yield sign_in(page, live_server.url, "bientap", PASSWORD)
        finally:
            browser.close()
            connections.close_all()


def test_the_chosen_cover_survives_a_form_error(live_server, editor_page, tmp_path):
    page = editor_page
    picture = tmp_path / "le-hoi.jpg"
    PILImage.new("RGB", (1000, 600), (30, 90, 160)).save(picture, "JPEG")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "Lễ hội đình làng Đông Hòa")
    page.fill("#id_sapo", "Sáng 5/12, lễ hội khai mạc.")
    pick_category(page, "Văn hóa")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type("Lễ rước kiệu diễn ra từ sáng sớm.")
    page.set_input_files("#id_cover_image", str(picture))
    page.click("input[name=_save]")  # no alt text: the form comes back with an error

    expect(page.locator(".field-cover_alt .errorlist")).to_contain_text("mô tả (alt)")
    expect(page.locator(".library-choice-preview img")).to_be_visible()
    page.fill("#id_cover_alt", "Rước kiệu trong lễ hội đình làng")
    page.click("input[name=_save]")

    expect(page.locator(".messagelist")).to_be_visible()
    article = Article.objects.get(title="Lễ hội đình làng Đông Hòa")
    assert article.cover_image and article.cover_source is not None
    assert article.cover_alt == "Rước kiệu trong lễ hội đình làng"
    assert article.cover_image.name == article.cover_source.file


def test_alt_is_asked_on_upload_and_the_library_is_reused(live_server, editor_page, tmp_path):
    described = library.add(jpeg((900, 600)), "library", alt="Sân đình làng Đông Hòa")
    page = editor_page
    picture = tmp_path / "mua-sap.jpg"
    PILImage.new("RGB", (800, 500), (160, 40, 40)).save(picture, "JPEG")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "Múa sạp mừng xuân")
    page.fill("#id_sapo", "Tối 2/12, đội múa sạp biểu diễn.")
    pick_category(page, "Văn hóa")
    editable = page.locator(".ck-editor__editable")
    editable.click()
    page.keyboard.type("Đội múa sạp biểu diễn.")
    page.set_input_files(".ck-toolbar input[type=file]", str(picture))
    # The alt balloon opens by itself once the upload is done.
    alt_input = page.locator(".ck-text-alternative-form input")
    expect(alt_input).to_be_visible()
    alt_input.fill("Đội múa sạp xã Đông Hòa")
    page.keyboard.press("Enter")
    expect(editable.locator("img[alt='Đội múa sạp xã Đông Hòa']")).to_have_count(1)

    # A described library picture is inserted in the body, found without diacritics…
    page.click(".library-insert")
    page.fill(".library-dialog input[type=search]", "dinh lang")
    expect(page.locator(".library-dialog .library-pick")).to_have_count(1)
    page.click(".library-dialog .library-pick")
    expect(editable.locator("img[alt='Sân đình làng Đông Hòa']")).to_have_count(1)
    expect(editable.locator("img")).to_have_count(2)
    # … and chosen as the cover, its description coming with it.
    page.click(".library-choose")
    page.fill(".library-dialog input[type=search]", "dinh lang")
    page.click(".library-dialog .library-pick")
    expect(page.locator(".library-choice-preview img")).to_be_visible()
    page.click("button[name=_workflow][value=publish]")

    expect(page.locator(".messagelist")).to_contain_text("Xuất bản")
    article = Article.objects.get(title="Múa sạp mừng xuân")
    assert article.is_public
    assert (article.cover_source, article.cover_alt) == (described, "Sân đình làng Đông Hòa")
    assert 'alt="Đội múa sạp xã Đông Hòa"' in article.body
    assert 'alt="Sân đình làng Đông Hòa"' in article.body
    assert described in article.inline_images.all()
