"""Put the images stored before the library into it: each article cover and each image of
ours shown in a body becomes a library record (once), and the articles point at them."""

import re
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from articles.image_usage import sync_inline_images
from articles.models import Article
from images.library import paths_in_html
from images.models import Image

_WIDTH = re.compile(r"-(\d+)$")


def _renditions(path: str) -> dict:
    """The master and its `<stem>-<width>` siblings, as the intake names them."""
    folder, name = str(PurePosixPath(path).parent), PurePosixPath(path)
    found = {}
    try:
        files = default_storage.listdir(folder)[1]
    except FileNotFoundError:
        return found
    for sibling in files:
        candidate = PurePosixPath(sibling)
        match = _WIDTH.search(candidate.stem)
        if (
            candidate.suffix == name.suffix
            and match
            and candidate.stem[: match.start()] == name.stem
        ):
            found[match.group(1)] = f"{folder}/{sibling}"
    return found


def record_for(path: str, renditions=None, **about) -> Image | None:
    """The library record of a stored file, made from the file when there is none yet."""
    existing = Image.objects.filter(file=path).first()
    if existing or not default_storage.exists(path):
        return existing
    try:
        with default_storage.open(path) as stream, PILImage.open(stream) as picture:
            width, height = picture.size
    except (UnidentifiedImageError, OSError):
        return None
    renditions = dict(renditions or _renditions(path))
    renditions[str(width)] = path
    return Image.objects.create(
        file=path, width=width, height=height, renditions=renditions, **about
    )


class Command(BaseCommand):
    help = "Đưa ảnh đã lưu trước khi có thư viện ảnh (ảnh đại diện, ảnh trong bài) vào thư viện."

    def handle(self, *args, **options):
        before, covers = Image.objects.count(), 0
        articles = Article.objects.only(
            "id",
            "body",
            "cover_image",
            "cover_renditions",
            "cover_alt",
            "cover_caption",
            "cover_source_id",
        )
        for article in articles.iterator(chunk_size=500):
            with transaction.atomic():
                if article.cover_image and article.cover_source_id is None:
                    image = record_for(
                        article.cover_image.name,
                        article.cover_renditions,
                        alt=article.cover_alt,
                        caption=article.cover_caption,
                    )
                    if image is not None:
                        Article.objects.filter(pk=article.pk).update(
                            cover_source=image,
                            changed_at=timezone.now(),  # the page shows it
                        )
                        covers += 1
                for path in paths_in_html(article.body):
                    record_for(path)
                sync_inline_images(article)
        self.stdout.write(
            _("Thư viện ảnh: %(new)s ảnh mới; %(covers)s bài đã gắn ảnh đại diện với thư viện.")
            % {"new": Image.objects.count() - before, "covers": covers}
        )
