"""In Debian's Chromium: a reporter writes with a picture and submits, an editor publishes,
an anonymous reader finds it on the home page."""

import re

import pytest
from django.db import connections
from PIL import Image
from playwright.sync_api import expect, sync_playwright

from accounts.roles import Role, assign_role
from articles.models import Article
from tests.browser.admin_pages import pick_category, sign_in
from tests.factories import make_category, make_user

# Saving through the admin on a busy 2-core CI machine can take longer than 5 s.
expect.set_options(timeout=20_000)

PASSWORD = "mat-khau-trinh-duyet-1"
TITLE = "Liên hoan văn nghệ quần chúng mừng xuân"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()
            # The ORM used under Playwright's loop opened its own connection: close it.
            connections.close_all()


def _login(browser, base, username):
    return sign_in(browser.new_context(locale="vi-VN").new_page(), base, username, PASSWORD)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reporter_writes_editor_publishes_reader_sees(live_server, browser, tmp_path):
    make_category("Văn hóa – Văn nghệ")
    for username, role in (("phongvien", Role.REPORTER), ("bientap", Role.EDITOR)):
        assign_role(make_user(username, password=PASSWORD, first_name=username), role)
    picture = tmp_path / "san-khau.jpg"
    Image.new("RGB", (640, 400), (200, 60, 40)).save(picture, "JPEG")
    base = live_server.url

    # The reporter writes in CKEditor 5, uploads a picture, and submits for review.
    page = _login(browser, base, "phongvien")
    page.goto(f"{base}/admin/articles/article/add/")
    page.fill("#id_title", TITLE)
    page.fill("#id_sapo", "Tối 20/1, hơn 300 diễn viên không chuyên biểu diễn.")
    pick_category(page, "Văn hóa")
    editable = page.locator(".ck-editor__editable")
    editable.click()
    page.keyboard.type("Chương trình gồm 15 tiết mục ca, múa, nhạc đặc sắc.")
    page.set_input_files(".ck-toolbar input[type=file]", str(picture))
    expect(editable.locator("img[src*='/media/']")).to_have_count(1, timeout=15000)
    # The editor asks for the picture's description at once (needed before publishing).
    page.locator(".ck-text-alternative-form input").fill("Tiết mục múa của đội văn nghệ")
    page.keyboard.press("Enter")
    page.click("button[name=_workflow][value=submit]")
    expect(page.locator(".messagelist")).to_contain_text("Gửi duyệt")

    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.PENDING
    assert re.search(r'<img[^>]+src="/media/', article.body)
    assert 'alt="Tiết mục múa của đội văn nghệ"' in article.body
    assert "15 tiết mục" in article.body

    # The editor finds it in the review queue and publishes it now.
    page = _login(browser, base, "bientap")
    page.click(f".dashboard a:has-text('{TITLE}')")
    page.click("button[name=_workflow][value=publish]")
    expect(page.locator(".messagelist")).to_contain_text("Xuất bản")
    article.refresh_from_db()
    assert article.is_public

    # An anonymous reader sees it on the home page, with its picture.
    reader = browser.new_context().new_page()
    reader.goto(f"{base}/")
    reader.click(f"text={TITLE}")
    expect(reader.locator("h1")).to_have_text(TITLE)
    expect(reader.locator("article img[src*='/media/']")).to_have_count(1)
