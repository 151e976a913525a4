"""Images of the old site, taken from local copies (a folder or a .zip of
`wp-content/uploads`), matched by path, and stored through the editor's image intake.
Nothing is fetched from the old host unless `--fetch-images` is given (importer.fetch): an
image without a copy is reported and left in the body as a plain link."""

import html
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from images.intake import store_image
from importer.body import attributes
from importer.fetch import FetchError
from importer.models import SourceRecord
from importer.xmlsource import ImportFileError

_IMG = re.compile(r"<img\b[^>]*>", re.I)
# <a href="…/big.jpg"><img src="…/big-300x200.jpg"></a>: the link to the old host goes.
_IMAGE_LINK = re.compile(
    r"<a\b[^>]*href=[\"'][^\"']+\.(?:jpe?g|png|gif|webp)[\"'][^>]*>\s*(<img\b[^>]*>)\s*</a>", re.I
)
_SIZE_SUFFIX = re.compile(r"-\d{2,5}x\d{2,5}(?=\.[a-z0-9]+$)", re.I)
_UPLOADS = re.compile(r"^(?:.*/)?(?:wp-content/)?uploads/", re.I)


def library_key(url_or_path: str) -> str:
    """'http://old.vn/wp-content/uploads/2019/05/Lễ-hội.jpg' → '2019/05/lễ-hội.jpg'."""
    path = unquote(urlsplit(url_or_path.strip()).path).replace("\\", "/")
    return _UPLOADS.sub("", path).lstrip("/").lower()


class ImageLibrary:
    """Files given locally: every file of a folder (links not followed) or of a .zip."""

    def __init__(self, location=None):
        self.zip = None
        self.root = None
        self.files: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        if location:
            self._open(Path(location))

    def _open(self, location: Path) -> None:
        if location.is_dir():
            self.root = location
            for folder, _dirs, names in os.walk(location):
                for name in names:
                    self._add(Path(folder, name).relative_to(location).as_posix())
        elif zipfile.is_zipfile(location):
            self.zip = zipfile.ZipFile(location)
            for info in self.zip.infolist():
                if not info.is_dir():
                    self._add(info.filename)
        else:
            raise ImportFileError(
                _("“%(path)s” không phải thư mục hay tệp .zip ảnh.") % {"path": location}
            )

    def _add(self, member: str) -> None:
        key = library_key(member)
        self.files.setdefault(key, member)
        self.by_name.setdefault(PurePosixPath(key).name, []).append(member)

    def find(self, url: str) -> str | None:
        """The member for `url`: same path, else the original of a resized copy, else a
        file name found once in the whole library."""
        key = library_key(url)
        for candidate in (key, _SIZE_SUFFIX.sub("", key)):
            if candidate in self.files:
                return self.files[candidate]
        for name in {PurePosixPath(key).name, PurePosixPath(_SIZE_SUFFIX.sub("", key)).name}:
            if len(self.by_name.get(name, [])) == 1:
                return self.by_name[name][0]
        return None

    def read(self, member: str) -> bytes:
        limit = settings.IMAGE_MAX_BYTES
        if self.zip is not None:
            if self.zip.getinfo(member).file_size > limit:
                raise ValidationError(_("Ảnh quá lớn."))
            return self.zip.read(member)
        path = self.root / member
        if path.stat().st_size > limit:
            raise ValidationError(_("Ảnh quá lớn."))
        return path.read_bytes()


@dataclass
class Stored:
    path: str
    renditions: dict = field(default_factory=dict)

    @property
    def url(self) -> str:
        return default_storage.url(self.path)


class ImageIntake:
    """One run's images: each local file stored once (and once across runs)."""

    def __init__(self, library: ImageLibrary, *, dry_run: bool = False, fetcher=None):
        self.library = library
        self.dry_run = dry_run
        self.fetcher = fetcher  # importer.fetch.ImageFetcher with --fetch-images
        self.missing: list[tuple[str, str]] = []  # (item, url)
        self.refused: list[tuple[str, str]] = []  # (url, reason)
        self.unfetched: dict[str, str] = {}  # url → why it could not be downloaded
        self.stored = 0

    def get(self, url: str, where: str) -> Stored | None:
        member = self.library.find(url)
        if member is None and self.fetcher is None:
            self.missing.append((where, url))
            return None
        key = library_key(member or url)[:600]
        record = SourceRecord.objects.filter(kind=SourceRecord.Kind.IMAGE, key=key).first()
        if record and default_storage.exists(record.stored_path):
            return Stored(record.stored_path, record.renditions)
        if self.dry_run:
            return Stored(f"editor/{key}")
        try:
            data = self.library.read(member) if member else self.fetcher.get(url)
            image = store_image(data, "editor")
        except FetchError as exc:
            self.unfetched[url] = str(exc)
            self.missing.append((where, url))
            return None
        except ValidationError as exc:
            self.refused.append((url, " ".join(exc.messages)))
            return None
        self.stored += 1
        SourceRecord.objects.update_or_create(
            kind=SourceRecord.Kind.IMAGE,
            key=key,
            defaults={"stored_path": image.path, "renditions": image.renditions},
        )
        return Stored(image.path, image.renditions)

    def rewrite(self, body: str, where: str) -> str:
        """Every <img> pointing at the old site → our stored copy, or a link when missing."""
        body = _IMAGE_LINK.sub(lambda m: m.group(1), body)
        return _IMG.sub(lambda m: self._image(m.group(0), where), body)

    def _image(self, tag: str, where: str) -> str:
        attrs = attributes(tag)
        src, alt = attrs.get("src", ""), attrs.get("alt", "")
        if not src or src.startswith(settings.MEDIA_URL):
            return tag
        stored = self.get(src, where)
        if stored is None:
            label = alt or PurePosixPath(unquote(urlsplit(src).path)).name or src
            return f'<a href="{html.escape(src)}">{html.escape(_("Ảnh: ") + label)}</a>'
        srcset = ", ".join(
            f"{default_storage.url(path)} {width}w" for width, path in stored.renditions.items()
        )
        return (
            f'<img src="{html.escape(stored.url)}" alt="{html.escape(alt)}"'
            + (f' srcset="{html.escape(srcset)}" sizes="100vw"' if srcset else "")
            + ">"
        )
