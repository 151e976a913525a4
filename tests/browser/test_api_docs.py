"""The API's documentation page (Swagger UI from our own static files) in a real Chromium:
it renders the operations from the schema with no CSP violation and no outside request."""

import pytest

from tests.browser.test_csp_in_browser import chromium
from tests.factories import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_api_docs_render_under_the_csp_from_local_assets_only(live_server):
    make_article()
    outside = []
    with chromium() as (_context, page):
        page.on(
            "request",
            lambda request: (
                None if request.url.startswith(live_server.url) else outside.append(request.url)
            ),
        )
        page.goto(live_server.url + "/api/v1/docs/")
        page.locator(".opblock").first.wait_for(state="visible", timeout=20_000)
        assert page.locator(".opblock").count() == 18  # every operation, documents included
        violations = page.evaluate("window.__violations")
    assert violations == []
    assert [url for url in outside if not url.startswith("data:")] == []
