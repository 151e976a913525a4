"""Documents and their files for tests: real rows, real PDFs and Office containers."""

import io
import itertools
import zipfile
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from core.text import vietnamese_slugify
from demo.pdf import document_pdf
from documents.files import inspect_upload
from documents.models import Document, DocumentFile, DocumentType, IssuingBody

_seq = itertools.count(1)


def _seeded(model, name):
    """A row the data migration seeds (transactional tests flush it away: made again)."""
    return model.objects.get_or_create(slug=vietnamese_slugify(name), defaults={"name": name})[0]


def make_document(number=None, *, status=Document.Status.PUBLISHED, **kwargs):
    n = next(_seq)
    today = timezone.localdate()
    values = {
        "doc_type": kwargs.pop("doc_type", None) or _seeded(DocumentType, "Quyết định"),
        "issuer": kwargs.pop("issuer", None) or _seeded(IssuingBody, "Ủy ban nhân dân huyện"),
        "issued_on": today - timedelta(days=30 + n),
        "effective_on": today - timedelta(days=20 + n),
        "summary": f"Về việc ban hành kế hoạch số {n}",
        "published_at": timezone.now() - timedelta(hours=n)
        if status == Document.Status.PUBLISHED
        else None,
    }
    values.update(kwargs)
    return Document.objects.create(number=number or f"{n}/2024/QĐ-UBND", status=status, **values)


def pdf_bytes(number="15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền"):
    return document_pdf(
        issuer="Ủy ban nhân dân huyện Hòa Sơn",
        number=number,
        place_date=f"Hòa Sơn, ngày 12 tháng 3 năm {date.today().year}",
        form="Quyết định",
        summary=summary,
        paragraphs=["Điều 1. Ban hành quy chế bảo tồn nghề dệt thổ cẩm truyền thống."],
    )


def _pdf_opening_with(action: dict) -> bytes:
    """A one-page PDF whose open action (an object of its own) is `action`."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    entries = {NameObject(key): value for key, value in action.items()}
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(DictionaryObject(entries))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_javascript() -> bytes:
    return _pdf_opening_with(
        {"/S": NameObject("/JavaScript"), "/JS": TextStringObject("app.alert('xin chào');")}
    )


def pdf_with_launch_action() -> bytes:
    return _pdf_opening_with({"/S": NameObject("/Launch"), "/F": TextStringObject("calc.exe")})


def docx_bytes(text="Kế hoạch tổ chức giải bóng chuyền hơi") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


def zip_bomb_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    return out.getvalue()


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def attach(document, name="Quyết định 15.pdf", data=None):
    data = data or pdf_bytes(document.number)
    found = inspect_upload(upload(name, data))
    return DocumentFile.objects.create(
        document=document,
        file=upload(name, data),
        kind=found.kind,
        size=found.size,
        original_name=found.original_name,
        text=found.text,
    )
