"""Image intake: every uploaded image (cover, author photo, editor, library) passes through here.

Only real raster images (JPEG, PNG, WebP, GIF, and HEIF/HEIC from phones) under a byte
and pixel cap are accepted. They are decoded and re-encoded with Pillow: metadata such
as EXIF/GPS is dropped, the EXIF orientation is applied to the pixels, anything after
the image data (a polyglot's HTML) is gone, and an animated GIF keeps its first frame
only. A JPEG is decoded at a reduced scale (1/2, 1/4 or 1/8, Pillow's draft mode) when
it is larger than what is stored, so a 200-megapixel phone photo never lives in memory
at full size. Files get server-generated names; the renditions for `srcset` are made
once, here, at upload time.
"""

import io
import math
import uuid
from dataclasses import dataclass, field

import pillow_heif
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

pillow_heif.register_heif_opener()  # HEIF/HEIC (iPhone photos) as a Pillow format "HEIF"
# Pillow's own bomb guard (a process-wide constant, set once, never toggled) sits above
# our caps, which are checked right after the header is read.
Image.MAX_IMAGE_PIXELS = max(settings.IMAGE_MAX_JPEG_PIXELS, settings.IMAGE_MAX_PIXELS)

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "HEIF")
ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif,.heic,.heif"
# The stored "original" is capped: nobody reads a 6000-pixel photo on a phone.
MASTER_MAX_SIDE = 2400
AUTHOR_PHOTO_MAX_SIDE = 800
# Even a flat grey JPEG needs a few bits per 8×8 block; 1 byte per 1,000 pixels is far below
# any real photo (~20 bytes), so a smaller file only claims its size (a decompression bomb).
JPEG_MAX_PIXELS_PER_BYTE = 1000
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


def _too_many_pixels(limit: int) -> ValidationError:
    return ValidationError(
        _("Ảnh có quá nhiều điểm ảnh (tối đa %(mp)s triệu điểm ảnh).") % {"mp": limit // 1_000_000},
        code="too_many_pixels",
    )


def _invalid() -> ValidationError:
    return ValidationError(
        _("Tệp không phải là ảnh JPEG, PNG, WebP, GIF hoặc HEIC hợp lệ."), code="invalid"
    )


def _hollow() -> ValidationError:
    return ValidationError(
        _("Tệp ảnh hỏng: kích thước khai báo không khớp với dữ liệu trong tệp."), code="hollow"
    )


def checked_upload(upload):
    """The uploaded file itself (in memory or on disk), refused when over the byte cap.

    The file is handed to Pillow as it is: its bytes are never copied into memory whole."""
    if upload.size is None or upload.size > settings.IMAGE_MAX_BYTES:
        raise _too_large()
    upload.seek(0)
    return upload


def _draft_box(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """The smallest size the JPEG decoder may scale down to and still fill `max_side`."""
    ratio = max_side / max(size)
    return math.ceil(size[0] * ratio), math.ceil(size[1] * ratio)


def decode(source, max_side: int = MASTER_MAX_SIDE) -> Image.Image:
    """The checked, decoded image (a big JPEG at the smallest scale that still fills
    `max_side`). Raises ValidationError."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    byte_size = source.seek(0, io.SEEK_END)
    source.seek(0)
    if byte_size > settings.IMAGE_MAX_BYTES:
        raise _too_large()
    try:
        # Only our decoders are tried: no EPS, PSD or other exotic parsers. The header is
        # read first; our pixel caps are checked before a single pixel is decoded. (No
        # warnings filter: it is process-wide state, unsafe with threaded workers.)
        image = Image.open(source, formats=ALLOWED_FORMATS)
        jpeg = image.format == "JPEG"
        limit = settings.IMAGE_MAX_JPEG_PIXELS if jpeg else settings.IMAGE_MAX_PIXELS
        if image.width * image.height > limit:
            raise _too_many_pixels(limit)
        if jpeg and image.width * image.height > byte_size * JPEG_MAX_PIXELS_PER_BYTE:
            raise _hollow()  # a header claiming a photo its bytes cannot hold
        if jpeg and max(image.size) > max_side:
            image.draft(None, _draft_box(image.size, max_side))  # DCT scaling: 1/2 … 1/8
        if image.width * image.height > settings.IMAGE_MAX_PIXELS:
            raise _too_many_pixels(settings.IMAGE_MAX_PIXELS)  # even at 1/8 it is too big
        image.load()
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(Image.MAX_IMAGE_PIXELS) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _invalid() from exc
    return image


def _normalize(image: Image.Image, max_side: int) -> tuple[Image.Image, str]:
    """Upright pixels in RGB (→ JPEG) or RGBA (→ PNG, when transparent), capped in size.

    Works in place where Pillow can, so a big decoded photo is held once, not copied."""
    ImageOps.exif_transpose(image, in_place=True)
    if image.has_transparency_data:
        mode, fmt = "RGBA", "PNG"
    else:
        mode, fmt = "RGB", "JPEG"
    if image.mode != mode:
        converted = image.convert(mode)
        image.close()
        image = converted
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


def store_image(source, folder: str, *, max_side: int = MASTER_MAX_SIDE, widths=None):
    """Validate, re-encode and store `source` (bytes or an open file); return a StoredImage.

    Raises ValidationError with a Vietnamese message."""
    decoded = decode(source, max_side)
    widths = settings.IMAGE_RENDITION_WIDTHS if widths is None else widths
    icc = decoded.info.get("icc_profile")
    icc = icc if icc and len(icc) <= MAX_ICC_BYTES else None
    try:
        image, fmt = _normalize(decoded, max_side)
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
