"""The CSP in a real Chromium: the admin editor works under its policy, public pages
raise no violation, and an inline script slipped into a public page does not run."""

from contextlib import contextmanager

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from playwright.sync_api import sync_playwright

from tests.factories import make_article, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WATCH_CSP = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@contextmanager
def chromium():
    """Playwright runs an event loop: create database rows before entering."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context()
        context.add_init_script(WATCH_CSP)
        yield context, context.new_page()
        browser.close()


def _session_for(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def test_admin_editor_loads_and_accepts_text_without_csp_violations(live_server):
    session_key = _session_for(make_user(is_staff=True, is_superuser=True))
    with chromium() as (context, page):
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_server.url}])
        _edit_in_admin(live_server, page)


def _edit_in_admin(live_server, page):
    page.goto(live_server.url + reverse("admin:articles_article_add"))
    editable = page.locator(".ck-editor__editable")
    editable.wait_for(state="visible", timeout=20_000)
    editable.click()
    page.keyboard.type("Hội nghị tổng kết công tác văn hóa")
    assert "Hội nghị tổng kết" in editable.inner_text()
    assert page.evaluate("window.__violations") == []


def test_public_article_raises_no_violation_and_blocks_injected_script(live_server):
    article = make_article(
        body='<p>Nội dung.</p><figure class="media">'
        '<oembed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></oembed></figure>'
    )
    with chromium() as (_context, page):
        _inject_script(page, live_server.url + article.get_absolute_url())


def _inject_script(page, url):
    page.goto(url)
    assert page.evaluate("window.__violations") == []
    fired = page.evaluate(
        """() => new Promise((resolve) => {
            window.__ran = false;
            const s = document.createElement("script");
            s.textContent = "window.__ran = true";
            document.body.appendChild(s);
            setTimeout(() => resolve(window.__ran), 100);
        })"""
    )
    assert fired is False
    assert any(v.startswith("script-src") for v in page.evaluate("window.__violations"))
