"""Files of the register: checked from their content, stored under server-made names,
served under their original Vietnamese names, never for an unpublished document."""

from pathlib import Path
from urllib.parse import quote

import pytest
from django.urls import reverse

from accounts.roles import Role
from articles.models import Article
from documents.models import Document, DocumentFile, DocumentType, IssuingBody
from tests.conftest import _person
from tests.documents_data import (
    attach,
    docx_bytes,
    make_document,
    pdf_bytes,
    pdf_with_javascript,
    pdf_with_launch_action,
    upload,
    zip_bomb_bytes,
)
from tests.factories import make_article

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/documents/document/add/"


@pytest.fixture
def clerk_client(client, db):
    client.force_login(_person("vanthu", Role.CLERK, first_name="Thu"))
    return client


def _form(name, data, number="15/2024/QĐ-UBND"):
    return {
        "number": number,
        "doc_type": DocumentType.objects.get(slug="quyet-dinh").pk,
        "issuer": IssuingBody.objects.get(slug="uy-ban-nhan-dan-huyen").pk,
        "summary": "Về việc tổ chức lễ hội đua thuyền năm 2024",
        "issued_on": "12/03/2024",
        "effective_on": "15/03/2024",
        "status": "published",
        "published_at_0": "12/03/2024",
        "published_at_1": "08:00:00",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-file": upload(name, data),
        "files-0-position": "0",
    }


def _file_error(response):
    errors = response.context["inline_admin_formsets"][0].formset.errors
    return " ".join(str(e) for form_errors in errors for e in form_errors.get("file", []))


def test_clerk_enters_a_document_with_a_pdf_stored_under_a_server_made_name(clerk_client):
    response = clerk_client.post(ADD_URL, _form("Quyết định lễ hội.pdf", pdf_bytes()))
    assert response.status_code == 302, response.context and response.context["errors"]
    document = Document.objects.get()
    attached = document.files.get()
    assert attached.original_name == "Quyết định lễ hội.pdf"
    assert attached.kind == "pdf"
    assert Path(attached.file.name).name != "Quyết định lễ hội.pdf"
    assert attached.file.name.startswith("documents/") and attached.file.name.endswith(".pdf")
    assert "nghề dệt thổ cẩm" in document.file_text
    assert document.history.count() == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("gia-mao.pdf", b"%PDF-1.7\nkhong phai pdf that", "bị hỏng"),
        ("trang.pdf", b"<!doctype html><script>alert(1)</script>", "không phải PDF"),
        ("ma-doc.pdf", pdf_with_javascript(), "JavaScript"),
        ("mo-chuong-trinh.pdf", pdf_with_launch_action(), "JavaScript hoặc lệnh mở chương trình"),
        ("bom.docx", zip_bomb_bytes(), "Tệp nén bất thường"),
        ("tai-lieu.docx", pdf_bytes(), "không phải DOCX"),
        ("anh.exe", b"MZ\x90\x00", "Chỉ nhận tệp"),
    ],
)
def test_a_bad_file_gets_a_vietnamese_error_and_nothing_is_stored(
    clerk_client, settings, name, data, message
):
    response = clerk_client.post(ADD_URL, _form(name, data))
    assert response.status_code == 200
    assert message in _file_error(response)
    assert not Document.objects.exists() and not DocumentFile.objects.exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.*"))


def test_an_oversize_file_is_refused_with_the_limit_named(clerk_client, settings):
    settings.DOCUMENT_MAX_BYTES = 10_000
    response = clerk_client.post(ADD_URL, _form("lon.pdf", pdf_bytes()))
    assert "Tệp quá lớn" in _file_error(response)
    assert not Document.objects.exists()


def test_a_300_character_vietnamese_file_name_is_kept_readable_and_served(clerk_client, client):
    name = ("Quyết định phê duyệt kế hoạch tổ chức Lễ hội Văn hóa " * 6)[:296] + ".pdf"
    assert len(name) == 300
    response = clerk_client.post(ADD_URL, _form(name, pdf_bytes()))
    assert response.status_code == 302
    attached = DocumentFile.objects.get()
    assert len(attached.original_name) == 200 and attached.original_name.endswith(".pdf")
    clerk_client.logout()
    served = client.get(reverse("documents:file", args=[attached.pk]))
    assert served.status_code == 200
    assert quote(attached.original_name[:20]) in served["Content-Disposition"]


def test_a_docx_is_accepted_and_its_text_searchable(clerk_client):
    response = clerk_client.post(ADD_URL, _form("Kế hoạch.docx", docx_bytes()))
    assert response.status_code == 302
    assert "bóng chuyền hơi" in Document.objects.get().file_text


def test_pdf_is_served_inline_sandboxed_with_its_vietnamese_name(client):
    attached = attach(make_document(), name="Quyết định số 15.pdf")
    response = client.get(reverse("documents:file", args=[attached.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert "filename*=utf-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_office_files_are_served_as_attachments(client):
    attached = attach(make_document(), name="Kế hoạch.docx", data=docx_bytes())
    response = client.get(reverse("documents:file", args=[attached.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_files_of_unpublished_documents_are_unreachable_by_id_or_media_path(client):
    draft = attach(make_document(status=Document.Status.DRAFT))
    scheduled = attach(make_document(published_at=make_document().published_at.replace(year=2999)))
    for attached in (draft, scheduled):
        assert client.get(reverse("documents:file", args=[attached.pk])).status_code == 404
        assert client.get(f"/media/{attached.file.name}").status_code == 404
        assert client.get(f"/media/x/../{attached.file.name}").status_code == 404


def test_clerk_manages_documents_but_not_articles_or_people(clerk_client):
    assert clerk_client.get("/admin/documents/document/").status_code == 200
    assert clerk_client.get(ADD_URL).status_code == 200
    assert clerk_client.get("/admin/articles/article/add/").status_code == 403
    assert clerk_client.get("/admin/auth/user/").status_code == 403


def test_editors_may_manage_documents_reporters_may_not(client, editor, reporter):
    client.force_login(editor)
    assert client.get(ADD_URL).status_code == 200
    client.force_login(reporter)
    assert client.get(ADD_URL).status_code == 403


def test_clerk_links_a_published_article_but_never_sees_drafts(clerk_client):
    make_article("Khai mạc lễ hội đua thuyền")
    make_article("Bản nháp lễ hội", status=Article.Status.DRAFT)
    response = clerk_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "documents",
            "model_name": "document",
            "field_name": "related_articles",
            "term": "lễ hội",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Khai mạc lễ hội đua thuyền"]


def test_deleting_a_document_removes_its_stored_files(django_capture_on_commit_callbacks, settings):
    attached = attach(make_document())
    stored = Path(settings.MEDIA_ROOT) / attached.file.name
    assert stored.is_file()
    with django_capture_on_commit_callbacks(execute=True):
        attached.document.delete()
    assert not stored.exists()
