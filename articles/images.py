"""Image intake: every uploaded image (cover or editor) passes through here.

Only real raster images (JPEG, PNG, WebP, GIF) under a byte and pixel cap are
accepted; they are re-encoded with Pillow (metadata such as EXIF/GPS dropped,
orientation applied), stored under server-generated names, and resized
renditions for `srcset` are made once, now.
"""

import io
import uuid
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


@dataclass
class StoredImage:
    path: str
    width: int
    height: int
    renditions: dict  # {"480": "path", ...}

    @property
    def url(self) -> str:
        return default_storage.url(self.path)


def _open_checked(data: bytes) -> Image.Image:
    if len(data) > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            _("Ảnh quá lớn (tối đa %(mb)s MB).") % {"mb": settings.IMAGE_MAX_BYTES // 1048576},
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(
                    _("Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF."), code="bad_format"
                )
            if image.width * image.height > settings.IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _("Ảnh có kích thước điểm ảnh quá lớn (%(w)s×%(h)s).")
                    % {"w": image.width, "h": image.height},
                    code="too_many_pixels",
                )
            image.load()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ) as exc:
        raise ValidationError(
            _("Tệp không phải là ảnh hợp lệ hoặc đã bị hỏng."), code="invalid"
        ) from exc
    return image


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=82, optimize=True, progressive=True)
    else:
        image.save(out, fmt, optimize=True)
    return out.getvalue()


def store_image(data: bytes, folder: str) -> StoredImage:
    """Validate, re-encode and store `data`; return where it went. Raises ValidationError."""
    source = _open_checked(data)
    image = ImageOps.exif_transpose(source)
    has_alpha = image.mode in ("RGBA", "LA", "P") and source.format in {"PNG", "WEBP", "GIF"}
    fmt, ext = ("PNG", "png") if has_alpha else ("JPEG", "jpg")
    if not has_alpha:
        image = image.convert("RGB")
    elif image.mode == "P":
        image = image.convert("RGBA")
    stem = f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"
    path = default_storage.save(f"{stem}.{ext}", ContentFile(_encode(image, fmt)))
    renditions = {}
    for width in settings.IMAGE_RENDITION_WIDTHS:
        if width >= image.width:
            continue
        height = round(image.height * width / image.width)
        small = image.resize((width, height), Image.Resampling.LANCZOS)
        renditions[str(width)] = default_storage.save(
            f"{stem}-{width}.{ext}", ContentFile(_encode(small, fmt))
        )
    renditions[str(image.width)] = path
    return StoredImage(path=path, width=image.width, height=image.height, renditions=renditions)


def attach_cover(article, data: bytes) -> None:
    """Store `data` as the article's cover (not saved to the database here)."""
    stored = store_image(data, "covers")
    article.cover_image.name = stored.path
    article.cover_renditions = stored.renditions
