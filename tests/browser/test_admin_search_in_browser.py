"""In Chromium: an editor types without diacritics in the article list's search box and in
the article form's author picker, and finds what was written with them."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role, assign_role
from tests.browser.test_editorial_flow import PASSWORD, _login, browser  # noqa: F401
from tests.factories import make_article, make_author, make_user

TITLE = "Thi gói bánh chưng đón Tết"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_editor_finds_titles_and_authors_typed_without_diacritics(live_server, browser):  # noqa: F811
    assign_role(make_user("bientap", password=PASSWORD, first_name="Minh"), Role.EDITOR)
    article = make_article(TITLE)
    make_article("Hội thi nấu cơm niêu")
    make_author("Đặng Thị Ánh", unit="")
    make_author("Vũ Văn Đức", unit="")
    base = live_server.url

    page = _login(browser, base, "bientap")
    page.goto(f"{base}/admin/articles/article/")
    page.fill("#searchbar", "goi banh chung")
    page.press("#searchbar", "Enter")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(TITLE)

    page.goto(f"{base}/admin/articles/article/{article.pk}/change/")
    page.click(".field-authors .select2-selection")
    page.keyboard.type("dang thi")
    options = page.locator(".select2-results__option")
    expect(options).to_have_count(1)
    expect(options.first).to_have_text("Đặng Thị Ánh")
