"""Peak memory of one image intake: `python scripts/measure_image_intake.py [photo]`.

Without an argument, a 200-megapixel phone-like JPEG (16320×12240, textured, ~30 MB) is
made once in /tmp and reused. The intake runs in this fresh process on the file as an
upload hands it over (a file on disk); the figures are the growth of the peak resident
set (what the operating system gives the worker) and Python's own peak (tracemalloc).
"""

import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import django
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings_test")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="intake-"))
django.setup()

from images.intake import store_image  # noqa: E402

PHOTO_200MP = Path(tempfile.gettempdir()) / "newsroom-200mp.jpg"


def make_photo(path: Path) -> None:
    """Texture at several scales (so it compresses like a photo, not like a flat colour)."""
    size = (16320, 12240)
    coarse = Image.effect_noise((size[0] // 64, size[1] // 64), 60).resize(size, Image.BICUBIC)
    fine = Image.effect_noise(size, 12)
    gradient = Image.linear_gradient("L").resize(size)
    Image.merge("RGB", (coarse, fine, gradient)).save(path, "JPEG", quality=88)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    if sys.argv[1:2] == ["--make"]:
        make_photo(Path(sys.argv[2]))
        return
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else PHOTO_200MP
    if not path.exists():  # made in another process, so it does not count in this one's peak
        subprocess.run([sys.executable, __file__, "--make", str(path)], check=True)  # noqa: S603
    with Image.open(path) as header:
        width, height = header.size
    before = rss_mb()
    tracemalloc.start()
    started = time.perf_counter()
    with path.open("rb") as source:
        stored = store_image(source, "editor")
    seconds = time.perf_counter() - started
    python_peak = tracemalloc.get_traced_memory()[1] / 1048576
    print(
        f"{path.name}: {width}×{height} ({width * height / 1e6:.0f} MP, "
        f"{path.stat().st_size / 1048576:.1f} MB) → stored {stored.width}×{stored.height}, "
        f"{len(stored.renditions)} files in {seconds:.1f} s; peak RSS +{rss_mb() - before:.0f} MB "
        f"(process {rss_mb():.0f} MB), Python allocations peak {python_peak:.1f} MB"
    )


if __name__ == "__main__":
    main()
