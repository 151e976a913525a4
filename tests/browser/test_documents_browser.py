"""A reader filters the register and downloads a file, in a real Chromium, without JavaScript
needed by the form (a plain GET form)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.browser.test_public_a11y import chromium
from tests.documents_data import attach, docx_bytes, make_document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_filters_by_validity_and_number_then_downloads_the_file(live_server, tmp_path):
    today = timezone.localdate()
    make_document(
        "1/2019/QĐ-UBND",
        summary="Quy chế cũ",
        expires_on=today - timedelta(days=1),
        effective_on=today - timedelta(days=400),
    )
    document = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    plan = docx_bytes()
    attach(document, name="Kế hoạch lễ hội đua thuyền.docx", data=plan)
    pdf = attach(document, name="Quyết định số 15.pdf")
    with chromium() as browser:
        context = browser.new_context(
            viewport={"width": 390, "height": 900}, java_script_enabled=False
        )
        page = context.new_page()
        page.goto(live_server.url + "/van-ban/")
        page.get_by_label("Hiệu lực").select_option(label="Hết hiệu lực")
        page.get_by_role("button", name="Tra cứu").click()
        assert "validity=expired" in page.url
        assert page.get_by_role("link", name="Quyết định số 1/2019/QĐ-UBND").is_visible()
        assert page.get_by_role("link", name="Quyết định số 15/2024/QĐ-UBND").count() == 0

        page.get_by_label("Hiệu lực").select_option(label="Mọi tình trạng")
        page.get_by_label("Từ khóa hoặc số ký hiệu").fill("15/2024/qd-ubnd")
        page.get_by_role("button", name="Tra cứu").click()
        page.get_by_role("link", name="Quyết định số 15/2024/QĐ-UBND").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Quyết định số 15/2024/QĐ-UBND"

        with page.expect_download() as download:
            page.get_by_role("link", name="Kế hoạch lễ hội đua thuyền.docx").click()
        assert download.value.suggested_filename == "Kế hoạch lễ hội đua thuyền.docx"
        saved = tmp_path / "saved.docx"
        download.value.save_as(saved)
        assert saved.read_bytes() == plan

        response = context.request.get(live_server.url + pdf.get_absolute_url())
        assert response.ok and response.body().startswith(b"%PDF-")
        assert response.headers["content-disposition"].startswith("inline")
        context.close()
