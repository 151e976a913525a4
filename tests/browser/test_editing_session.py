"""In Chromium: autosave and the leave warning keep a reporter's work; the editing lock
shows who is editing, and the person taken over from is told on their open page."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role, assign_role
from articles.models import Article, Autosave
from tests.browser.admin_pages import pick_category
from tests.browser.test_editorial_flow import PASSWORD, _login, browser
from tests.factories import make_article, make_category, make_user

__all__ = ["browser"]  # the fixture, shared with the editorial flow test

TITLE = "Hội thi gói bánh chưng ngày Tết"
BODY = "Mười hai đội thi đến từ các thôn trong xã."


def _people(*pairs):
    for username, role, name in pairs:
        assign_role(make_user(username, password=PASSWORD, first_name=name), role)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_typing_leaving_and_coming_back_restores_the_autosaved_article(
    live_server, browser, settings
):
    settings.ARTICLE_AUTOSAVE_SECONDS = 2
    make_category("Văn hóa – Văn nghệ")
    _people(("phongvien", Role.REPORTER, "Lan"))
    base = live_server.url
    page = _login(browser, base, "phongvien")
    page.goto(f"{base}/admin/articles/article/add/")
    page.click("#id_title")
    page.keyboard.type(TITLE)
    pick_category(page, "Văn hóa")
    expect(page.locator("#autosave-status")).to_contain_text("Đã tự lưu lúc", timeout=15_000)
    page.locator(".ck-editor__editable").click()
    page.keyboard.type(BODY)

    # The preview shows what is typed now, unsaved, in the public template.
    with page.expect_popup() as popup:
        page.click("#preview-unsaved")
    preview = popup.value
    expect(preview.locator(".preview-banner")).to_have_text("Bản xem trước – chưa xuất bản")
    expect(preview.locator("h1")).to_have_text(TITLE)
    expect(preview.locator(".body")).to_contain_text(BODY)
    preview.close()

    # Leaving asks first (beforeunload); the last words are saved on the way out.
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.accept()))
    page.click(".breadcrumbs a >> nth=0")
    expect(page.locator("#dashboard-heading")).to_be_visible()
    assert dialogs == ["beforeunload"]
    assert not Article.objects.exists()  # an autosave is never an article version

    page.goto(f"{base}/admin/articles/article/add/")
    restore = page.locator("#autosave-restore")
    expect(restore).to_contain_text("Khôi phục bản tự lưu lúc")
    restore.click()
    expect(page.locator("#id_title")).to_have_value(TITLE)
    expect(page.locator(".ck-editor__editable")).to_contain_text(BODY)
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_be_visible()
    saved = Article.objects.get(title=TITLE)
    assert BODY in saved.body
    assert not Autosave.objects.exists()  # saving discards the copy


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_lock_banner_takeover_and_the_holder_told_on_their_open_page(
    live_server, browser, settings
):
    settings.ARTICLE_LOCK_HEARTBEAT_SECONDS = 1
    _people(("bientap", Role.EDITOR, "Minh"), ("bientap2", Role.EDITOR, "Thu"))
    article = make_article("Lễ hội đình làng", status="draft")
    url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    minh = _login(browser, live_server.url, "bientap")
    minh.goto(url)
    expect(minh.locator("#id_title")).to_be_editable()

    thu = _login(browser, live_server.url, "bientap2")
    thu.goto(url)
    expect(thu.locator(".edit-lock")).to_contain_text("Bài đang được Minh sửa từ")
    expect(thu.locator("#id_title")).to_have_count(0)  # read-only
    thu.click("text=Tiếp quản để sửa…")
    thu.click("input[value='Có, tiếp quản bài này']")
    expect(thu.locator("#id_title")).to_be_editable()

    expect(minh.locator("#lock-lost")).to_contain_text("Thu đã tiếp quản bài này lúc")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_in_the_browser_a_plain_second_save_after_a_conflict_keeps_both_peoples_work(
    live_server, browser
):
    _people(("bientap", Role.EDITOR, "Minh"), ("bientap2", Role.EDITOR, "Thu"))
    article = make_article(
        "Lễ hội đình làng", status="draft", sapo="Sapo ban đầu.", body="<p>Đoạn mở đầu.</p>"
    )
    url = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    minh = _login(browser, live_server.url, "bientap")
    minh.goto(url)
    thu = _login(browser, live_server.url, "bientap2")
    thu.goto(url)
    thu.click("text=Tiếp quản để sửa…")
    thu.click("input[value='Có, tiếp quản bài này']")
    thu.fill("#id_sapo", "Sapo của Thu.")
    thu.click("input[name=_save]")
    expect(thu.locator(".messagelist")).to_be_visible()

    minh.on("dialog", lambda dialog: dialog.accept())
    minh.locator(".ck-editor__editable").click()
    minh.keyboard.press("End")
    minh.keyboard.type(" Đoạn Minh thêm.")
    minh.click("input[name=_save]")
    expect(minh.locator(".conflicts")).to_contain_text("Sapo của Thu.")
    assert Article.objects.get(pk=article.pk).sapo == "Sapo của Thu."
    minh.click("input[name=_save]")  # the plain "Lưu" again, choosing nothing
    expect(minh.locator(".messagelist")).to_be_visible()
    stored = Article.objects.get(pk=article.pk)
    assert stored.sapo == "Sapo của Thu."
    assert "Đoạn Minh thêm." in stored.body
