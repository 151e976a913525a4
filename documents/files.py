"""What an uploaded document file really is, judged from its content, never from its name.

`inspect_upload()` answers with the file's kind, size, a safe original name and its text
(PDF, DOCX), or raises ValidationError with a Vietnamese message: nothing is stored then.
"""

import io
import re
import struct
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from defusedxml import ElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# kind -> (label shown to readers, content type, extensions a file of that kind may carry)
KINDS = {
    "pdf": ("PDF", "application/pdf", {".pdf"}),
    "doc": ("Word", "application/msword", {".doc"}),
    "docx": (
        "Word",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        {".docx"},
    ),
    "xls": ("Excel", "application/vnd.ms-excel", {".xls"}),
    "xlsx": (
        "Excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        {".xlsx"},
    ),
    "odt": ("ODT", "application/vnd.oasis.opendocument.text", {".odt"}),
    "ods": ("ODS", "application/vnd.oasis.opendocument.spreadsheet", {".ods"}),
}
ALLOWED_EXTENSIONS = sorted(ext for _label, _type, exts in KINDS.values() for ext in exts)
ORIGINAL_NAME_MAX = 200
TEXT_MAX_CHARS = 200_000  # extracted text kept for search
PDF_MAX_PAGES = 300  # pages read for text
ZIP_MAX_ENTRIES = 2_000
ZIP_MAX_RATIO = 100  # uncompressed / compressed, beyond which a container is a bomb
ZIP_MAX_UNCOMPRESSED = 100 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_PDF_DANGER_KEYS = {"/JS", "/JavaScript", "/Launch"}
_PDF_DANGER_ACTIONS = {"/JavaScript", "/Launch"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f/\\]+")
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Inspected:
    kind: str
    size: int
    original_name: str
    text: str


def inspect_upload(upload) -> Inspected:
    """Check one uploaded file (Django UploadedFile); ValidationError when refused."""
    name = clean_original_name(upload.name)
    extension = PurePath(name).suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            _("Chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS."), code="extension"
        )
    limit = settings.DOCUMENT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("Tệp quá lớn (%(size)s); tối đa %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(limit)},
            code="size",
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    kind = sniff(data)
    if kind is None or extension not in KINDS[kind][2]:
        raise ValidationError(
            _("Nội dung tệp không phải %(ext)s như tên tệp ghi; tệp không được lưu.")
            % {"ext": extension.lstrip(".").upper()},
            code="content",
        )
    return Inspected(kind=kind, size=len(data), original_name=name, text=extract_text(kind, data))


def clean_original_name(raw: str) -> str:
    """The reader-facing name: NFC, no folders or control characters, at most 200 characters."""
    name = unicodedata.normalize("NFC", PurePath(raw or "").name)
    name = " ".join(_CONTROL.sub(" ", name).split()) or "van-ban"
    if len(name) > ORIGINAL_NAME_MAX:
        suffix = PurePath(name).suffix[:10]
        name = name[: ORIGINAL_NAME_MAX - len(suffix)].rstrip() + suffix
    return name


def sniff(data: bytes) -> str | None:
    """The kind of a file from its bytes, or None when it is none of the accepted ones."""
    if data.startswith(b"%PDF-"):
        _open_pdf(data)
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data)
    return None


def _open_pdf(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(_("Tệp PDF có mật khẩu; hãy tải lên bản không khóa."))
        if len(reader.pages) < 1:
            raise ValidationError(_("Tệp PDF không có trang nào."))
        if _pdf_has_active_content(reader):
            raise ValidationError(
                _("Tệp PDF chứa mã JavaScript hoặc lệnh mở chương trình; tệp không được lưu."),
                code="active",
            )
    except ValidationError:
        raise
    except Exception as exc:  # pypdf raises many kinds on broken files
        raise ValidationError(_("Tệp PDF bị hỏng hoặc không mở được."), code="pdf") from exc
    return reader


def _pdf_has_active_content(reader: PdfReader) -> bool:
    """True when any object of the PDF holds JavaScript or a launch action."""
    for number in _pdf_object_numbers(reader):
        obj = reader.get_object(number)
        if _holds_danger(obj, depth=0):
            return True
    return False


def _pdf_object_numbers(reader: PdfReader):
    seen = set()
    for table in reader.xref.values():
        seen.update(table)
    seen.update(reader.xref_objStm)
    return sorted(seen)


def _holds_danger(obj, depth: int) -> bool:
    """Walks an object's direct content (referenced objects are visited on their own)."""
    if depth > 30 or isinstance(obj, IndirectObject):
        return False
    if isinstance(obj, DictionaryObject):
        if _PDF_DANGER_KEYS & set(obj.keys()) or obj.get("/S") in _PDF_DANGER_ACTIONS:
            return True
        return any(_holds_danger(value, depth + 1) for value in obj.values())
    if isinstance(obj, ArrayObject):
        return any(_holds_danger(value, depth + 1) for value in obj)
    return False


def _zip_kind(data: bytes) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    total = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries) or 1
    if (
        len(entries) > ZIP_MAX_ENTRIES
        or total > ZIP_MAX_UNCOMPRESSED
        or total / packed > (ZIP_MAX_RATIO)
    ):
        raise ValidationError(
            _("Tệp nén bất thường (giải nén quá lớn); tệp không được lưu."), code="bomb"
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return None
    if "mimetype" in names:
        mimetype = archive.read("mimetype").strip().decode("ascii", "replace")
        return {KINDS["odt"][1]: "odt", KINDS["ods"][1]: "ods"}.get(mimetype)
    return None


def _ole_kind(data: bytes) -> str | None:
    """Word or Excel 97-2003: the first directory sector names the main stream."""
    if len(data) < 512:
        return None
    sector_size = 1 << struct.unpack_from("<H", data, 30)[0]
    first_directory = struct.unpack_from("<I", data, 48)[0]
    start = 512 + first_directory * sector_size if sector_size in (512, 4096) else len(data)
    directory = data[start : start + sector_size]
    names = set()
    for offset in range(0, len(directory) - 127, 128):
        length = struct.unpack_from("<H", directory, offset + 64)[0]
        names.add(directory[offset : offset + max(length - 2, 0)].decode("utf-16-le", "replace"))
    if "WordDocument" in names:
        return "doc"
    if "Workbook" in names or "Book" in names:
        return "xls"
    return None


def extract_text(kind: str, data: bytes) -> str:
    """The searchable text of a PDF or DOCX ("" for other kinds or when none can be read)."""
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
    else:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\x00", " ")
    return " ".join(text.split())[:TEXT_MAX_CHARS]


def first_page_text(data: bytes) -> str:
    """The first page of a PDF as text, lines kept (for pre-filling the form)."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    return unicodedata.normalize("NFC", reader.pages[0].extract_text() or "")


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data), strict=False)
    parts, length = [], 0
    for page in reader.pages[:PDF_MAX_PAGES]:
        try:
            part = page.extract_text() or ""
        except Exception:  # noqa: S112 - a page that cannot be read adds no text
            continue
        parts.append(part)
        length += len(part)
        if length > TEXT_MAX_CHARS:
            break
    return " ".join(parts)


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = ElementTree.fromstring(archive.read("word/document.xml"))
    except Exception:  # defusedxml refuses entities; a broken part simply adds no text
        return ""
    return " ".join(node.text or "" for node in root.iter(f"{_W_NS}t"))
