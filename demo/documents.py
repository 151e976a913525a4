"""Demo legal documents of the Hòa Sơn district and its communes, each with a real PDF.

Dates are relative to today so every validity state shows: some documents are not yet in
effect, some expired on their date, some replaced by a newer one.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from core.content_version import bump_content_version
from demo.documents_catalog import SPECS, Spec
from demo.pdf import document_pdf
from documents.files import inspect_upload
from documents.lists import ensure_lists
from documents.models import Document, DocumentFile, DocumentType, IssuingBody, Sector

DISTRICT = "Hòa Sơn"
SIGNERS = {
    "uy-ban-nhan-dan-huyen": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{name}",
    "hoi-dong-nhan-dan-huyen": "CHỦ TỊCH\n\n{name}",
    "phong-van-hoa-va-thong-tin-huyen": "TRƯỞNG PHÒNG\n\n{name}",
    "trung-tam-van-hoa-thong-tin-the-thao-huyen": "GIÁM ĐỐC\n\n{name}",
    "uy-ban-nhan-dan-xa": "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n{name}",
}


@dataclass
class _Lists:
    types: dict
    issuers: dict
    sectors: dict


def _lists() -> _Lists:
    ensure_lists(DocumentType, IssuingBody, Sector)  # gone after a test database flush
    return _Lists(
        types={t.slug: t for t in DocumentType.objects.all()},
        issuers={i.slug: i for i in IssuingBody.objects.all()},
        sectors={s.slug: s for s in Sector.objects.all()},
    )


def _number(spec: Spec, issued_on) -> str:
    return (
        f"{spec.serial}/{issued_on.year}/{spec.code}"
        if spec.yearly
        else f"{spec.serial}/{spec.code}"
    )


def _place_date(issued_on) -> str:
    return f"{DISTRICT}, ngày {issued_on.day} tháng {issued_on.month} năm {issued_on.year}"


def _sentence(text: str) -> str:
    """First letter upper case, the rest as written (place names keep their capitals)."""
    return text[:1].upper() + text[1:]


def _paragraphs(spec: Spec, type_name: str) -> list[str]:
    return [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
        f"Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện {DISTRICT}.",
        f"Điều 1. {_sentence(spec.summary.removeprefix('Về việc '))}.",
        *spec.body,
        f"Điều 2. {type_name} này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, "
        "Giám đốc Trung tâm Văn hóa – Thông tin – Thể thao huyện và các đơn vị có liên quan "
        "chịu trách nhiệm thi hành.",
    ]


def _pdf(spec: Spec, document: Document) -> bytes:
    return document_pdf(
        issuer=document.issuer.name.replace("huyện", f"huyện {DISTRICT}"),
        number=document.number,
        place_date=_place_date(document.issued_on),
        form=document.doc_type.name,
        summary=document.summary,
        paragraphs=_paragraphs(spec, document.doc_type.name),
        signer=SIGNERS.get(document.issuer.slug, "{name}").format(name=spec.signer),
    )


def _attach_pdf(document: Document, data: bytes) -> None:
    name = f"{document.doc_type.name} {document.number.replace('/', '-')}.pdf"
    found = inspect_upload(SimpleUploadedFile(name, data))
    DocumentFile.objects.create(
        document=document,
        file=SimpleUploadedFile(name, data),
        kind=found.kind,
        size=found.size,
        original_name=found.original_name,
        text=found.text,
    )


def _add(spec: Spec, lists: _Lists, today, now) -> Document:
    issued_on = today - timedelta(days=spec.days_ago)
    effective_on = issued_on + timedelta(days=spec.effect_after)
    document = Document.objects.create(
        number=_number(spec, issued_on),
        doc_type=lists.types[spec.type],
        issuer=lists.issuers[spec.issuer],
        sector=lists.sectors[spec.sector],
        signer=spec.signer,
        issued_on=issued_on,
        effective_on=effective_on,
        expires_on=effective_on + timedelta(days=spec.lasts) if spec.lasts else None,
        summary=spec.summary,
        status=Document.Status.PUBLISHED if spec.published else Document.Status.DRAFT,
        published_at=now - timedelta(days=min(spec.days_ago, 400)) if spec.published else None,
    )
    _attach_pdf(document, _pdf(spec, document))
    return document


def load_documents() -> int:
    """Ensure the demo documents exist once (call inside a transaction); how many were added."""
    lists = _lists()
    today, now = timezone.localdate(), timezone.now()
    first = SPECS[0]
    if Document.objects.filter(summary=first.summary).exists():
        return 0
    added = {}
    for spec in SPECS:
        added[spec.key] = _add(spec, lists, today, now)
    for spec in SPECS:
        if spec.replaces:
            added[spec.key].replaces.add(added[spec.replaces])
        if spec.amends:
            added[spec.key].amends.add(added[spec.amends])
    return len(added)


# What add_synthetic_documents writes many rows of: its caller ANALYZEs them after commit.
DOCUMENT_BULK_TABLES = (Document._meta.db_table,)


def add_synthetic_documents(count: int, seed: int = 17) -> int:
    """`count` plausible published documents without files, inserted in bulk (bench, scale)."""
    lists = _lists()
    rng = random.Random(seed)
    today, now = timezone.localdate(), timezone.now()
    start = Document.objects.count()
    batch = []
    for n in range(count):
        spec = rng.choice(SPECS)
        issued_on = today - timedelta(days=rng.randint(0, 365 * 15))
        effective_on = issued_on + timedelta(days=rng.choice([0, 10, 15, 30]))
        batch.append(
            Document(
                number=f"{start + n + 1000}/{issued_on.year}/{spec.code}",
                doc_type=lists.types[spec.type],
                issuer=lists.issuers[spec.issuer],
                sector=lists.sectors[spec.sector],
                signer=spec.signer,
                issued_on=issued_on,
                effective_on=effective_on,
                expires_on=effective_on + timedelta(days=730) if rng.random() < 0.3 else None,
                summary=spec.summary,
                file_text=" ".join(spec.body),
                status=Document.Status.PUBLISHED,
                published_at=now - timedelta(days=rng.randint(0, 3000)),
            )
        )
        if len(batch) == 2000:
            Document.objects.bulk_create(batch)
            batch = []
    Document.objects.bulk_create(batch)
    bump_content_version()  # bulk_create sends no signal
    return count
