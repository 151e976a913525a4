"""On a 390×844 phone the news starts on the first screen, and nothing jumps while loading."""

import pytest

from tests.browser.test_public_a11y import _serve_media, chromium
from tests.public_data import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}
LAYOUT_SHIFT = """window.__cls = 0; new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});"""
TOP = "selector => document.querySelector(selector).getBoundingClientRect().top"


def test_the_menu_is_one_row_and_news_starts_on_the_first_screen(live_server):
    site = build_site(6)
    urls = ["/", site.published[0].get_absolute_url()]
    with chromium() as browser:
        context = browser.new_context(viewport=PHONE, is_mobile=True)
        page = context.new_page()
        page.route("**/media/**", _serve_media)
        page.add_init_script(LAYOUT_SHIFT)
        for url in urls:
            page.goto(live_server.url + url, wait_until="networkidle")
            menu = page.evaluate("document.querySelector('nav.menu').offsetHeight")
            assert menu <= 60, f"{url}: menu {menu}px tall"
            news = page.evaluate(TOP, "main h2, main h1, main .card")
            assert news < PHONE["height"] * 0.45, f"{url}: news starts at {news}px"
            assert page.evaluate("window.__cls") < 0.02, url
        context.close()


def test_showing_the_font_size_buttons_moves_nothing(live_server):
    build_site(2, covers=False, hidden=False)
    with chromium() as browser:
        page = browser.new_page(viewport=PHONE)
        page.goto(live_server.url + "/")
        # site.js reveals the buttons once the page is parsed, after the first paint on a
        # slow phone: the layout must be the same with them hidden and shown.
        shown = page.evaluate(TOP, "nav.menu")
        page.evaluate("document.querySelector('.font-size').hidden = true")
        assert page.evaluate(TOP, "nav.menu") == shown
