"""manage.py import_site export.xml [more.xml …] [--images uploads.zip] [--dry-run]
[--fetch-images]"""

import sys
import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from tqdm import tqdm

from importer.fetch import ImageFetcher
from importer.refresh import refresh_related_lists
from importer.runner import run_import
from importer.xmlsource import MAX_FILE_BYTES


def _bar(unit):
    return lambda total: tqdm(total=total, unit=unit, file=sys.stderr, mininterval=1, disable=None)


class Command(BaseCommand):
    help = (
        "Nhập bài từ trang cũ: tệp xuất WordPress (WXR 1.0–1.2), RSS 2.0 hoặc Atom, "
        "kèm ảnh từ thư mục hoặc tệp .zip của wp-content/uploads."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="Tệp WXR/RSS/Atom (một hoặc nhiều tệp).")
        parser.add_argument(
            "--images", help="Thư mục hoặc tệp .zip chứa bản sao wp-content/uploads."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ báo cáo sẽ làm gì, không ghi gì."
        )
        parser.add_argument(
            "--no-refresh",
            action="store_true",
            help="Không tính lại tin liên quan và bộ từ vựng sau khi nhập.",
        )
        parser.add_argument(
            "--max-mb", type=int, default=MAX_FILE_BYTES // 1048576, help="Cỡ tệp tối đa (MB)."
        )
        parser.add_argument(
            "--fetch-images",
            action="store_true",
            help="Tải từ trang cũ (http/https) những ảnh không có bản sao trên máy.",
        )
        parser.add_argument(
            "--fetch-timeout",
            type=float,
            default=10.0,
            help="Giây tối đa để tải một ảnh (mặc định 10).",
        )

    def handle(self, *args, **options):
        refresh = not options["no_refresh"]
        report = run_import(
            options["files"],
            images=options["images"],
            dry_run=options["dry_run"],
            refresh=refresh,
            related=False,
            max_bytes=options["max_mb"] * 1048576,
            progress=_bar("mục"),
            fetcher=ImageFetcher(timeout=options["fetch_timeout"])
            if options["fetch_images"]
            else None,
        )
        self.stdout.write(report.render())
        if refresh and report.article_ids:
            started = time.monotonic()
            self.stdout.write(
                _("Đang tính tin liên quan cho %(n)s bài…") % {"n": len(report.article_ids)}
            )
            refresh_related_lists(report.article_ids, progress=_bar("bài"))
            self.stdout.write(f"Đã tính tin liên quan trong {time.monotonic() - started:.1f} giây.")
        if not report.ok:
            sys.exit(1)
