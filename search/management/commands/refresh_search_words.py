"""Recount the words of the published articles for typo suggestions: run it on a schedule."""

import time

from django.core.management.base import BaseCommand

from search.suggest import refresh_vocabulary


class Command(BaseCommand):
    help = "Cập nhật bộ từ vựng dùng để gợi ý khi người đọc gõ sai (chạy định kỳ, ví dụ mỗi giờ)."

    def handle(self, *args, **options):
        started = time.monotonic()
        refresh_vocabulary()
        self.stdout.write(
            f"Đã cập nhật bộ từ vựng tìm kiếm trong {time.monotonic() - started:.1f} giây."
        )
