"""Files uploaded on the admin's import page: checked, kept under MEDIA_ROOT/imports/
(never served) until their job ends, and copied to a local folder for the importer."""

import shutil
import tempfile
import uuid
import zipfile
from contextlib import contextmanager
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.text import vietnamese_slugify
from importer.xmlsource import MAX_FILE_BYTES

EXPORT_SUFFIXES = (".xml", ".rss", ".atom")
_XML_START = (b"<", b"\xef\xbb\xbf<", b"\xff\xfe", b"\xfe\xff")


def _too_big(upload, limit: int) -> None:
    if upload.size > limit:
        raise forms.ValidationError(
            _("Tệp quá lớn (%(size)s); tối đa %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )


class ImportUploadForm(forms.Form):
    source = forms.FileField(
        label=gettext_lazy("Tệp xuất (WXR, RSS hoặc Atom)"),
        help_text=gettext_lazy("Tệp .xml từ WordPress (Công cụ → Xuất), hoặc tệp RSS/Atom."),
    )
    images = forms.FileField(
        label=gettext_lazy("Ảnh (tệp .zip của wp-content/uploads)"),
        required=False,
        help_text=gettext_lazy("Không bắt buộc. Ảnh được khớp theo đường dẫn dưới uploads/."),
    )

    def clean_source(self):
        upload = self.cleaned_data["source"]
        if not upload.name.lower().endswith(EXPORT_SUFFIXES):
            raise forms.ValidationError(_("Chỉ nhận tệp .xml, .rss hoặc .atom."))
        _too_big(upload, MAX_FILE_BYTES)
        upload.seek(0)
        head = upload.read(1024).lstrip()
        upload.seek(0)
        if not head.startswith(_XML_START):
            raise forms.ValidationError(_("Tệp này không phải XML (WXR, RSS hay Atom)."))
        return upload

    def clean_images(self):
        upload = self.cleaned_data.get("images")
        if not upload:
            return None
        if not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError(_("Ảnh phải được nén trong một tệp .zip."))
        _too_big(upload, settings.IMPORT_IMAGES_MAX_BYTES)
        upload.seek(0)
        if not zipfile.is_zipfile(upload):
            raise forms.ValidationError(_("Tệp .zip này hỏng hoặc không phải tệp .zip."))
        upload.seek(0)
        return upload


def store(upload) -> str:
    """Save `upload` under imports/<random>/ and return its storage name."""
    path = Path(upload.name)
    name = (vietnamese_slugify(path.stem, 80) or "tep") + path.suffix.lower()
    return default_storage.save(f"imports/{uuid.uuid4().hex}/{name}", upload)


def discard(*names: str) -> None:
    for name in names:
        if name and default_storage.exists(name):
            default_storage.delete(name)


@contextmanager
def local_copies(*names: str):
    """Each stored file as a path on this machine (None for an empty name), for the
    importer, which reads paths; the copies go when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="newsroom-import-"))
    try:
        paths = []
        for index, name in enumerate(names):
            if not name:
                paths.append(None)
                continue
            (folder / str(index)).mkdir()
            target = folder / str(index) / Path(name).name
            with default_storage.open(name, "rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out, 1024 * 1024)
            paths.append(target)
        yield paths
    finally:
        shutil.rmtree(folder, ignore_errors=True)
