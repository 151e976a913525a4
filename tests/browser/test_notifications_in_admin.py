"""In Chromium: an editor returns an article with a note; its reporter sees the count in the
header, the note on the start page's “Thông báo”, opens it and lands on the article."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role, assign_role
from tests.browser.test_editorial_flow import PASSWORD, _login, browser  # noqa: F401
from tests.factories import make_article, make_user

TITLE = "Hội thi tuyên truyền phòng chống ma túy"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_returned_article_reaches_its_reporter_on_the_dashboard(live_server, browser):  # noqa: F811
    reporter = make_user("phongvien", password=PASSWORD, first_name="Lan")
    editor = make_user("bientap", password=PASSWORD, first_name="Minh")
    assign_role(reporter, Role.REPORTER)
    assign_role(editor, Role.EDITOR)
    article = make_article(TITLE, status="pending", created_by=reporter)
    base = live_server.url

    page = _login(browser, base, "bientap")
    page.goto(f"{base}/admin/articles/article/{article.pk}/change/")
    page.fill("#id__review_note", "Thiếu ảnh minh họa.")
    page.click("button[name=_workflow][value=return]")
    expect(page.locator(".messagelist")).to_contain_text("Trả lại phóng viên")

    page = _login(browser, base, "phongvien")
    expect(page.locator("#user-tools .notifications-badge")).to_have_text("1")
    panel = page.locator("section.notifications")
    expect(panel.locator("h2")).to_contain_text("Thông báo (1 chưa đọc)")
    entry = panel.locator(f"li.unread a:has-text('{TITLE}')")
    expect(entry).to_contain_text("Minh trả lại bài")
    expect(entry).to_contain_text("Thiếu ảnh minh họa.")
    entry.click()
    expect(page).to_have_url(f"{base}/admin/articles/article/{article.pk}/change/")
    expect(page.locator(".workflow-panel")).to_contain_text("Thiếu ảnh minh họa.")
    expect(page.locator("#user-tools .notifications-badge")).to_have_count(0)
