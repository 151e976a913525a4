"""Test images made with Pillow (and one by hand): real files, nothing mocked."""

import io
import struct
import zlib

import pillow_heif
from PIL import ExifTags, Image

pillow_heif.register_heif_opener()


def jpeg(size=(1600, 900), color=(200, 30, 30), exif=None) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", **({"exif": exif} if exif else {}))
    return out.getvalue()


def png(size=(64, 48), mode="RGB", color=(10, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, color).save(out, "PNG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A few hundred bytes whose header claims width×height pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * (width + 1) * 16, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Điện thoại phóng viên"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (21.0, 1.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (105.0, 51.0, 12.0)
    return exif


def phone_jpeg(size=(8000, 6000), orientation=6) -> bytes:
    """A phone-sized photo (48 MP by default) stored sideways with an EXIF orientation,
    GPS and a red corner at the stored top-left; a smooth gradient encodes in well under 1 s."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    image.paste((255, 0, 0), (0, 0, size[0] // 10, size[1] // 10))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=gps_exif(orientation=orientation))
    return out.getvalue()


def jpeg_claiming(width: int, height: int) -> bytes:
    """A tiny real JPEG whose frame header (SOF0) is rewritten to claim width×height."""
    data = bytearray(jpeg((16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def heic(size=(1200, 900), orientation=None) -> bytes:
    """An HEIC file as an iPhone writes one: HEVC tiles in HEIF, the pixels as the sensor saw them
    (red stored top-left) and the rotation to display them in the file (made with pillow-heif)."""
    image = Image.new("RGB", size, (30, 120, 60))
    image.paste((255, 0, 0), (0, 0, size[0] // 5, size[1] // 5))
    heif = pillow_heif.HeifFile()
    frame = heif.add_frombytes("RGB", size, image.tobytes())
    if orientation:
        exif = Image.Exif()
        exif[ExifTags.Base.Orientation] = orientation
        frame.info["exif"] = exif.tobytes()
    out = io.BytesIO()
    tile_size = pillow_heif.options.GRID_TILE_SIZE
    pillow_heif.options.GRID_TILE_SIZE = 512  # 512-pixel tiles, as iPhones write them
    try:
        heif.save(out)
    finally:
        pillow_heif.options.GRID_TILE_SIZE = tile_size
    return out.getvalue()
