"""Image intake: every uploaded image (cover, author photo, editor) passes through here.

Only real raster images (JPEG, PNG, WebP, GIF) under a byte and pixel cap are
accepted. They are decoded and re-encoded with Pillow: metadata such as
EXIF/GPS is dropped, the EXIF orientation is applied to the pixels, anything
after the image data (a polyglot's HTML) is gone, and an animated GIF keeps
its first frame only. Files get server-generated names; the resized
renditions for `srcset` are made once, here, at upload time.
"""

import io
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
# The stored "original" is capped: nobody reads a 6000-pixel photo on a phone.
MASTER_MAX_SIDE = 2400
AUTHOR_PHOTO_MAX_SIDE = 800
# A colour profile is kept (colours stay right); a huge one is not worth its weight.
MAX_ICC_BYTES = 128 * 1024


@dataclass
class StoredImage:
    path: str
    width: int
    height: int
    renditions: dict = field(default_factory=dict)  # {"480": "path", …, "<width>": path}

    @property
    def url(self) -> str:
        return default_storage.url(self.path)

    @property
    def rendition_urls(self) -> dict:
        return {width: default_storage.url(path) for width, path in self.renditions.items()}


def _too_large() -> ValidationError:
    return ValidationError(
        _("Ảnh quá lớn (tối đa %(mb)s MB).") % {"mb": settings.IMAGE_MAX_BYTES // 1048576},
        code="too_large",
    )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("Ảnh có quá nhiều điểm ảnh (tối đa %(mp)s triệu điểm ảnh).")
        % {"mp": settings.IMAGE_MAX_PIXELS // 1_000_000},
        code="too_many_pixels",
    )


def _invalid() -> ValidationError:
    return ValidationError(
        _("Tệp không phải là ảnh JPEG, PNG, WebP hoặc GIF hợp lệ."), code="invalid"
    )


def read_upload(upload) -> bytes:
    """Bytes of an uploaded file, refusing oversize files before reading them into memory."""
    if upload.size is None or upload.size > settings.IMAGE_MAX_BYTES:
        raise _too_large()
    return upload.read()


def _open_checked(data: bytes) -> Image.Image:
    if len(data) > settings.IMAGE_MAX_BYTES:
        raise _too_large()
    try:
        # Only our four decoders are tried: no EPS, PSD or other exotic parsers. The header
        # is read first; our pixel cap is checked before a single pixel is decoded. (No
        # warnings filter: it is process-wide state, unsafe with threaded workers.)
        image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        if image.width * image.height > settings.IMAGE_MAX_PIXELS:
            raise _too_many_pixels()
        image.load()
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels() from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _invalid() from exc
    return image


def _normalize(source: Image.Image, max_side: int) -> tuple[Image.Image, str]:
    """Upright pixels in RGB (→ JPEG) or RGBA (→ PNG, when transparent), capped in size."""
    image = ImageOps.exif_transpose(source)
    if image.has_transparency_data:
        image, fmt = image.convert("RGBA"), "PNG"
    else:
        image, fmt = image.convert("RGB"), "JPEG"
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return image, fmt


def _encode(image: Image.Image, fmt: str, icc_profile: bytes | None) -> bytes:
    out = io.BytesIO()
    extra = {"icc_profile": icc_profile} if icc_profile else {}
    if fmt == "JPEG":
        image.save(out, "JPEG", quality=82, optimize=True, progressive=True, **extra)
    else:
        image.save(out, "PNG", optimize=True, **extra)
    return out.getvalue()


def store_image(
    data: bytes, folder: str, *, max_side: int = MASTER_MAX_SIDE, widths=None
) -> StoredImage:
    """Validate, re-encode and store `data`; return where it went. Raises ValidationError."""
    source = _open_checked(data)
    widths = settings.IMAGE_RENDITION_WIDTHS if widths is None else widths
    icc = source.info.get("icc_profile")
    icc = icc if icc and len(icc) <= MAX_ICC_BYTES else None
    try:
        image, fmt = _normalize(source, max_side)
        encoded = {image.width: _encode(image, fmt, icc)}
        for width in sorted(w for w in widths if w < image.width):
            height = max(1, round(image.height * width / image.width))
            small = image.resize((width, height), Image.Resampling.LANCZOS)
            encoded[width] = _encode(small, fmt, icc)
    except (OSError, ValueError, SyntaxError) as exc:
        raise _invalid() from exc
    ext = "jpg" if fmt == "JPEG" else "png"
    stem = f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"
    renditions = {}
    for width, content in encoded.items():
        name = f"{stem}.{ext}" if width == image.width else f"{stem}-{width}.{ext}"
        renditions[str(width)] = default_storage.save(name, ContentFile(content))
    return StoredImage(
        path=renditions[str(image.width)],
        width=image.width,
        height=image.height,
        renditions=renditions,
    )


def attach_cover(article, data: bytes) -> None:
    """Store `data` as the article's cover (not saved to the database here)."""
    stored = store_image(data, "covers")
    article.cover_image.name = stored.path
    article.cover_renditions = stored.renditions


def attach_author_photo(author, data: bytes) -> None:
    """Store `data` as the author's photo, one modest size (not saved to the database here)."""
    stored = store_image(data, "authors", max_side=AUTHOR_PHOTO_MAX_SIDE, widths=())
    author.photo.name = stored.path
