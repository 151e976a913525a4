"""Take the screenshots of README's editor's guide (docs/editor-guide/*.png).

Run against a demo site: `manage.py migrate && manage.py load_demo && manage.py runserver
127.0.0.1:8013`, then `.venv/bin/python scripts/editor_guide_screenshots.py`. Drives
Debian's Chromium through Playwright, as reporter, editor and administrator at once.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the project's packages, when run as a script
from tests.browser.admin_pages import pick_category, sign_in  # noqa: E402

BASE = os.environ.get("GUIDE_BASE_URL", "http://127.0.0.1:8013")
PASSWORD = os.environ.get("DEMO_PASSWORD", "tintuc-hoason-2026")
OUT = Path(__file__).resolve().parent.parent / "docs" / "editor-guide"
TITLE = "Hội thi gói bánh chưng xã Hoà Sơn"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
expect.set_options(timeout=20_000)


def shot(page, name, full=False):
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)
    print(OUT / f"{name}.png")


def login(browser, username):
    context = browser.new_context(
        locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", viewport={"width": 1280, "height": 860}
    )
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    return sign_in(page, BASE, username, PASSWORD)


def reporter_writes(browser):
    page = login(browser, "reporter")
    page.goto(f"{BASE}/admin/articles/article/add/")
    page.click("#id_title")
    page.keyboard.type(TITLE)
    page.fill("#id_sapo", "Sáng 12/1, 12 đội thi đến từ các thôn tranh tài gói bánh chưng.")
    pick_category(page, "Văn hóa")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type("Mỗi đội gói 10 chiếc bánh trong 60 phút, dưới sự chấm của ban giám khảo.")
    expect(page.locator("#autosave-status")).to_contain_text("Đã tự lưu", timeout=45_000)
    shot(page, "01-viet-bai-tu-luu")
    with page.expect_popup() as popup:
        page.click("#preview-unsaved")
    preview = popup.value
    expect(preview.locator(".preview-banner")).to_be_visible()
    shot(preview, "02-xem-truoc")
    preview.close()
    page.click(".breadcrumbs a >> nth=0")
    page.goto(f"{BASE}/admin/articles/article/add/")
    expect(page.locator("#autosave-restore")).to_be_visible()
    shot(page, "03-khoi-phuc-ban-tu-luu")
    page.click("#autosave-restore")
    expect(page.locator("#id_title")).to_have_value(TITLE)
    page.click("button[name=_workflow][value=submit]")
    page.click(f"#result_list a:has-text('{TITLE}')")
    expect(page.locator("button[value=withdraw]")).to_be_visible()
    shot(page, "04-da-gui-duyet-chi-doc", full=True)
    return page.url


def lock_and_conflict(browser, url):
    editor = login(browser, "editor")
    editor.goto(url)
    admin = login(browser, "admin")
    admin.goto(url)
    expect(admin.locator(".edit-lock")).to_be_visible()
    shot(admin, "05-dang-duoc-sua")
    admin.click("text=Tiếp quản để sửa…")
    shot(admin, "06-tiep-quan")
    admin.click("input[value='Có, tiếp quản bài này']")
    admin.fill("#id_sapo", "Sáng 12/1, 12 đội thi tranh tài gói bánh chưng, đón Tết cổ truyền.")
    admin.click("input[name=_save]")
    expect(admin.locator(".messagelist")).to_be_visible()
    editor.fill("#id_title", TITLE + " năm 2027")
    editor.click("input[name=_continue]")
    expect(editor.locator(".conflicts")).to_be_visible()
    editor.locator(".conflicts").scroll_into_view_if_needed()
    shot(editor, "07-xung-dot-tung-truong")
    editor.click("input[value='Lưu theo lựa chọn trên']")
    expect(editor.locator(".messagelist")).to_be_visible()
    editor.fill("#id_published_at_0", "31/12/2020")
    editor.fill("#id_published_at_1", "15:30")
    editor.locator("button[name=_workflow][value=publish]").scroll_into_view_if_needed()
    shot(editor, "08-xuat-ban-lui-ngay")
    return editor


def lists_and_history(editor, url):
    editor.goto(f"{BASE}/admin/articles/article/?tinh_trang=scheduled")
    shot(editor, "09-danh-sach-hen-gio")
    editor.goto(f"{BASE}/admin/articles/article/?tinh_trang=draft")
    editor.locator("#action-toggle").check()
    editor.select_option("select[name=action]", "workflow_publish")
    editor.click("button[name=index]")
    expect(editor.locator(".publish-plan")).to_be_visible()
    shot(editor, "10-xac-nhan-xuat-ban-hang-loat")
    editor.goto(url.replace("/change/", "/history/"))
    shot(editor, "11-lich-su")
    editor.locator("input[name=a]").last.check()
    editor.click("button[form=compare-form]")
    shot(editor, "12-so-sanh-phien-ban", full=True)


def centers_pages(browser):
    admin = login(browser, "admin")
    admin.goto(f"{BASE}/admin/pages/staticpage/")
    shot(admin, "13-trang-cua-trung-tam")


def forget_previous_run():
    """A second run starts from the demo again: the guide's article is written anew."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django  # noqa: PLC0415 - only this tool needs Django, and only here

    django.setup()
    from articles.models import Article  # noqa: PLC0415

    Article.objects.filter(title__startswith=TITLE).delete()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    forget_previous_run()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        url = reporter_writes(browser)
        editor = lock_and_conflict(browser, url)
        lists_and_history(editor, url)
        centers_pages(browser)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
