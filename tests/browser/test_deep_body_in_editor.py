"""In Debian's Chromium: an article pasted with 10,000 nested quotes opens in the editor fast."""

import time

import pytest
from django.urls import reverse

from tests.browser.test_csp_in_browser import _session_for, chromium
from tests.factories import make_article, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEEP = "<blockquote>" * 10_000 + "<p>Trích dẫn lồng nhau</p>" + "</blockquote>" * 10_000


def test_an_article_with_ten_thousand_nested_quotes_opens_in_the_editor_within_5_s(live_server):
    article = make_article("Bài dán từ nơi khác", body=DEEP)
    session_key = _session_for(make_user(is_staff=True, is_superuser=True))
    with chromium() as (context, page):
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
        page.goto(live_server.url + reverse("admin:login"))  # browser and server warmed up
        started = time.monotonic()
        page.goto(live_server.url + reverse("admin:articles_article_change", args=[article.pk]))
        editable = page.locator(".ck-editor__editable")
        editable.wait_for(state="visible", timeout=5_000)
        editable.click(timeout=5_000)
        page.keyboard.press("Control+End")
        page.keyboard.type(" Thêm.")
        assert "Thêm." in editable.inner_text(timeout=5_000)
        assert time.monotonic() - started < 5
        assert "Trích dẫn lồng nhau" in editable.inner_text()
