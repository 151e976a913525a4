"""The demo register: realistic documents with real, searchable PDFs in every validity state."""

import pytest
from pypdf import PdfReader

from demo.documents import add_synthetic_documents, load_documents
from documents.models import Document

pytestmark = pytest.mark.django_db


def test_demo_documents_cover_every_state_with_extractable_vietnamese_pdfs(client):
    assert load_documents() >= 30
    assert load_documents() == 0  # run again: nothing duplicated
    public = Document.objects.published().with_validity()
    assert public.count() >= 30
    assert set(public.values_list("validity", flat=True)) == {"pending", "in_force", "expired"}
    assert public.filter(replaced_by__isnull=False).exists()
    assert public.filter(amended_by__isnull=False).exists()
    assert Document.objects.exclude(status="published").exists()
    document = public.filter(number__contains="QĐ-UBND").first()
    attached = document.files.get()
    with attached.file.open("rb") as handle:
        text = PdfReader(handle).pages[0].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and document.number in text
    listed = client.get("/van-ban/", {"q": "dua thuyen"}).context["page_obj"]
    assert listed.paginator.count >= 3


def test_synthetic_documents_are_added_in_bulk_and_public():
    load_documents()
    before = Document.objects.published().count()
    add_synthetic_documents(250)
    assert Document.objects.published().count() == before + 250
