"""Cover pictures drawn with Pillow: a gradient, a few soft shapes and a short label."""

import io
import random
import unicodedata
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 675)
# Pairs of gradient colours, one family per category position.
PALETTES = [
    ((183, 28, 28), (255, 143, 0)),
    ((13, 71, 161), (0, 172, 193)),
    ((27, 94, 32), (174, 213, 129)),
    ((74, 20, 140), (236, 64, 122)),
    ((230, 81, 0), (255, 213, 79)),
    ((0, 77, 64), (77, 182, 172)),
    ((62, 39, 35), (188, 170, 164)),
    ((26, 35, 126), (121, 134, 203)),
    ((136, 14, 79), (248, 187, 208)),
    ((1, 87, 155), (129, 212, 250)),
]
_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
]


@cache
def _font(size: int) -> tuple[ImageFont.FreeTypeFont, bool]:
    """A font with Vietnamese glyphs if the system has one; else Pillow's own (ASCII only)."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size), True
    return ImageFont.load_default(size), False


def _ascii(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _jitter(color, rng, spread=28):
    return tuple(max(0, min(255, c + rng.randint(-spread, spread))) for c in color)


def render_cover(label: str, seed: int, palette: int = 0) -> bytes:
    """A JPEG (bytes) distinct for each seed; `label` is written in the lower-left corner."""
    rng = random.Random(seed)
    start, end = PALETTES[palette % len(PALETTES)]
    start, end = _jitter(start, rng), _jitter(end, rng)
    # Rotate the gradient, then keep its centre so no corner is left unfilled.
    gradient = Image.linear_gradient("L").rotate(
        rng.randint(0, 359), resample=Image.Resampling.BILINEAR
    )
    # The soft background is drawn at half size and scaled up: same look, less work.
    width, height = SIZE[0] // 2, SIZE[1] // 2
    mask = gradient.crop((38, 38, 218, 218)).resize((width, height), Image.Resampling.BILINEAR)
    image = Image.composite(
        Image.new("RGB", (width, height), start), Image.new("RGB", (width, height), end), mask
    )
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(rng.randint(3, 6)):
        r = rng.randint(30, 130)
        x, y = rng.randint(-r // 2, width), rng.randint(-r // 2, height)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, rng.randint(25, 70)))
    # A line of hills along the bottom: a nod to the district's landscape.
    points = [(0, height)]
    for i in range(7):
        points.append((i * width // 6, height - rng.randint(45, 115)))
    points.append((width, height))
    draw.polygon(points, fill=(0, 0, 0, 60))
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    image = image.resize(SIZE, Image.Resampling.BILINEAR)
    width, height = SIZE

    font, has_vietnamese = _font(46)
    text = label if has_vietnamese else _ascii(label)
    draw = ImageDraw.Draw(image, "RGBA")
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad = 22
    box = (48, height - 72 - (bottom - top) - 2 * pad, 48 + right - left + 2 * pad, height - 72)
    draw.rounded_rectangle(box, radius=14, fill=(0, 0, 0, 140))
    draw.text((box[0] + pad - left, box[1] + pad - top), text, font=font, fill="white")

    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()
