"""Entering a document starts from its file: a PDF's first page pre-fills the form."""

import pytest

from accounts.roles import Role
from documents.models import DocumentType
from documents.prefill import read_first_page
from tests.conftest import _person
from tests.documents_data import docx_bytes, pdf_bytes, pdf_with_javascript, upload

pytestmark = pytest.mark.django_db
URL = "/admin/documents/document/doc-tu-tep/"


@pytest.fixture
def clerk_client(client):
    client.force_login(_person("vanthu", Role.CLERK))
    return client


def test_first_page_gives_number_date_form_and_summary_to_confirm(clerk_client):
    data = pdf_bytes("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền năm 2024")
    response = clerk_client.post(URL, {"file": upload("qd.pdf", data)})
    fields = response.json()["fields"]
    assert fields["number"] == "15/2024/QĐ-UBND"
    assert fields["summary"] == "Về việc tổ chức lễ hội đua thuyền năm 2024"
    assert fields["doc_type"] == DocumentType.objects.get(name="Quyết định").pk
    assert fields["issued_on"].endswith("/03/" + fields["issued_on"][-4:])
    assert fields["issued_on"].startswith("12/03/")


def test_office_files_prefill_nothing_and_bad_files_are_refused_in_vietnamese(clerk_client):
    assert clerk_client.post(URL, {"file": upload("kh.docx", docx_bytes())}).json() == {
        "fields": {}
    }
    refused = clerk_client.post(URL, {"file": upload("x.pdf", pdf_with_javascript())})
    assert refused.status_code == 400 and "JavaScript" in refused.json()["error"]


def test_only_people_who_may_enter_documents_may_ask(client, reporter):
    client.force_login(reporter)
    assert client.post(URL, {"file": upload("qd.pdf", pdf_bytes())}).status_code == 403


def test_the_add_form_shows_the_file_first(clerk_client):
    page = clerk_client.get("/admin/documents/document/add/").content.decode()
    assert page.index('name="files-0-file"') < page.index('name="number"')
    assert "documents/admin/prefill.js" in page


def test_reading_tolerates_pages_without_the_usual_layout():
    assert read_first_page("Một trang không theo thể thức\nngày 31 tháng 2 năm 2024", []) == {}
    found = read_first_page(
        "UBND XÃ AN PHÚ\nSố: 07/TB-UBND\nAn Phú, ngày 5 tháng 1 năm 2025\nTHÔNG BÁO\n"
        "Lịch tiếp công dân\ntháng 1\nKính gửi: các thôn",
        ["Thông báo"],
    )
    assert found["number"] == "07/TB-UBND"
    assert found["issued_on"].isoformat() == "2025-01-05"
    assert found["summary"] == "Lịch tiếp công dân tháng 1"
