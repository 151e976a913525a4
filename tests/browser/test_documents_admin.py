"""In Chromium: a clerk enters a document file first; its first page pre-fills the form,
the clerk confirms and publishes, a reader finds it in the register."""

import re

import pytest
from playwright.sync_api import expect

from accounts.roles import Role, assign_role
from documents.models import Document, DocumentType, IssuingBody
from tests.browser.test_editorial_flow import PASSWORD, _login, browser  # noqa: F401
from tests.documents_data import pdf_bytes
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clerk_uploads_a_pdf_confirms_prefilled_fields_and_publishes(live_server, browser):  # noqa: F811
    assign_role(make_user("vanthu", password=PASSWORD), Role.CLERK)
    DocumentType.objects.get_or_create(slug="quyet-dinh", defaults={"name": "Quyết định"})
    issuer, _ = IssuingBody.objects.get_or_create(
        slug="uy-ban-nhan-dan-huyen", defaults={"name": "Ủy ban nhân dân huyện"}
    )
    data = pdf_bytes("21/2025/QĐ-UBND", summary="Về việc tổ chức Hội thi văn nghệ quần chúng")
    page = _login(browser, live_server.url, "vanthu")
    page.goto(live_server.url + "/admin/documents/document/add/")
    page.set_input_files(
        "#id_files-0-file",
        files=[{"name": "Quyết định 21.pdf", "mimeType": "application/pdf", "buffer": data}],
    )
    expect(page.locator("#id_number")).to_have_value("21/2025/QĐ-UBND")
    expect(page.locator("#id_summary")).to_have_value("Về việc tổ chức Hội thi văn nghệ quần chúng")
    expect(page.locator("#id_issued_on")).to_have_value(re.compile(r"^12/03/\d{4}$"))
    expect(page.locator("#prefill-status")).to_contain_text("Đã điền sẵn")
    page.select_option("#id_issuer", str(issuer.pk))
    page.fill("#id_effective_on", page.locator("#id_issued_on").input_value())
    page.select_option("#id_status", "published")
    page.fill("#id_published_at_0", "01/01/2025")
    page.fill("#id_published_at_1", "08:00:00")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_be_visible()
    document = Document.objects.get(number="21/2025/QĐ-UBND")
    assert document.files.get().original_name == "Quyết định 21.pdf"
    reader = browser.new_context().new_page()
    reader.goto(live_server.url + "/van-ban/?q=21%2F2025")
    expect(reader.get_by_role("link", name="Quyết định số 21/2025/QĐ-UBND")).to_be_visible()
