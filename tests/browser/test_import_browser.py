"""In Chromium with JavaScript switched off: an administrator uploads a WordPress export,
a worker (running beside the live server) imports it, and the progress page reloads by
itself until it shows the report."""

import threading

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import expect

from accounts.roles import Role, assign_role
from articles.models import Article
from tests.browser.admin_pages import sign_in
from tests.browser.test_editorial_flow import PASSWORD, browser  # noqa: F401
from tests.factories import make_user
from tests.importer_files import HOA_SON

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker():
    """Starts the queue's worker in a thread: batch after batch until the test ends."""
    stop = threading.Event()

    def work():
        try:
            while not stop.wait(0.5):
                call_command("run_worker", "--batch", "--interval", "0")
        finally:
            connections.close_all()

    thread = threading.Thread(target=work, daemon=True)
    yield thread.start
    stop.set()
    if thread.is_alive():
        thread.join(30)


def test_an_upload_is_imported_and_the_page_refreshes_to_the_report_without_javascript(
    live_server,
    browser,  # noqa: F811
    worker,
):
    assign_role(make_user("quantri", password=PASSWORD), Role.ADMINISTRATOR)
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = sign_in(context.new_page(), live_server.url, "quantri", PASSWORD)
    page.goto(live_server.url + "/admin/importer/importjob/add/")
    page.set_input_files("#id_source", str(HOA_SON))
    page.click("input[type=submit]")
    expect(page.locator("#import-status")).to_have_text("Đang chờ")

    worker()  # the page is not reloaded by the test: its meta refresh does it
    expect(page.locator("#import-status")).to_have_text("Đã xong", timeout=60_000)
    expect(page.locator("#import-counts")).to_contain_text("8 tạo mới")
    expect(page.get_by_text("không có tiêu đề")).to_be_visible()
    assert Article.objects.count() == 8
