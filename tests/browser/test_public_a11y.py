"""The public pages in a real Chromium: W3C Nu HTML checker, axe-core, reflow, screenshots.

The checkers come from npm (package.json, package-lock.json); node_modules/ is installed
on first use. Screenshots land in var/screens/ (git-ignored) for a person to look at.
"""

import json
import subprocess
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.documents_data import attach, docx_bytes, make_document
from tests.public_data import build_site

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
SCREENS = ROOT / "var" / "screens"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """Transactional tests flush and recreate content types; forget the cached old ids."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.fixture(scope="session")
def checkers():
    if not (VNU_JAR.exists() and AXE_JS.exists()):
        subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=ROOT, check=True
        )
    return VNU_JAR, AXE_JS


@contextmanager
def chromium():
    """Debian's Chromium through Playwright. Start it after the test data is written:
    Playwright's event loop makes Django refuse database calls in this thread."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _serve_media(route):
    """The live server serves static files only; uploads come straight from MEDIA_ROOT."""
    path = Path(settings.MEDIA_ROOT) / route.request.url.split(settings.MEDIA_URL, 1)[1]
    if path.is_file():
        route.fulfill(path=str(path))
    else:
        route.fulfill(status=404)


def _public_urls(site, live_server):
    article = site.published[0]
    urls = {
        "home": "/",
        "category": site.categories[1].get_absolute_url(),
        "article": article.get_absolute_url(),
        "print": reverse(
            "articles:print",
            kwargs={"category": article.category.slug, "slug": article.slug, "pk": article.pk},
        ),
        "page": site.pages[0].get_absolute_url(),
        "page-en": site.pages[0].get_english_url(),
        "author": site.authors[0].get_absolute_url(),
        "404": "/khong-co-trang-nay/",
        **_document_urls(),
    }
    search = "/tim-kiem/?q=h%E1%BB%99i+ngh%E1%BB%8B"
    try:
        with urllib.request.urlopen(live_server.url + search) as response:  # noqa: S310
            if response.status == 200:
                urls["search"] = search
    except OSError:
        pass  # no search page on this branch yet
    return urls


def _document_urls():
    old = make_document("3/2020/QĐ-UBND", summary="Về việc tổ chức hội nghị văn hóa cơ sở")
    document = make_document("15/2024/QĐ-UBND", signer="Nguyễn Văn An", body="Điều 1. Nội dung.")
    document.replaces.add(old)
    attach(document, name="Quyết định số 15.pdf")
    attach(document, name="Phụ lục kèm theo.docx", data=docx_bytes())
    return {
        "documents": "/van-ban/",
        "documents-filtered": "/van-ban/?q=15%2F2024&validity=in_force&year=abc",
        "document": document.get_absolute_url(),
        "document-replaced": old.get_absolute_url(),
        "document-print": reverse("documents:print", args=[document.slug, document.pk]),
    }


def _download(url, target):
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 - our live server
            target.write_bytes(response.read())
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        target.write_bytes(error.read())


def test_public_pages_pass_html_checker_axe_and_reflow(live_server, checkers, tmp_path):
    vnu_jar, axe_js = checkers
    site = build_site(12)
    urls = _public_urls(site, live_server)

    files = []
    for name, url in urls.items():
        target = tmp_path / f"{name}.html"
        _download(live_server.url + url, target)
        files.append(str(target))
    vnu = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
    )
    messages = json.loads(vnu.stderr or "{}").get("messages", [])
    assert messages == [], json.dumps(messages, ensure_ascii=False, indent=1)

    SCREENS.mkdir(parents=True, exist_ok=True)
    problems = {}
    with chromium() as browser:
        _browse(browser, live_server, urls, axe_js, problems)
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)


def _axe_serious(page, axe_js):
    # Evaluated by the DevTools protocol, which the site's CSP (script-src 'self') does not
    # govern; a <script> tag with axe inline would be refused, as it should be.
    page.evaluate(axe_js.read_text())
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def _browse(browser, live_server, urls, axe_js, problems):
    for width in (390, 1366, 683, 320):  # 683 = 1366 at 200% zoom; 320 = WCAG reflow
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.route("**/media/**", _serve_media)
        for name, url in urls.items():
            page.goto(live_server.url + url)
            bad = _axe_serious(page, axe_js) if width in (390, 1366) else []
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                bad.append(f"horizontal scroll of {overflow}px at {width}px")
            if bad:
                problems[f"{name}@{width}"] = bad
            if name in {"home", "article"} and width in (390, 1366):
                page.screenshot(path=str(SCREENS / f"{name}-{width}.png"), full_page=True)
        context.close()


def test_font_size_switch_is_remembered(live_server):
    build_site(2, covers=False, hidden=False)
    with chromium() as browser:
        _check_font_switch(browser, live_server)


def _check_font_switch(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/")
    size = "getComputedStyle(document.documentElement).fontSize"
    assert page.evaluate(size) == "16px"
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    assert page.evaluate(size) == "20px"
    page.goto(live_server.url + "/")
    assert page.evaluate(size) == "20px"
    page.get_by_role("button", name="Cỡ chữ mặc định").click()
    assert page.evaluate(size) == "16px"
    context.close()
