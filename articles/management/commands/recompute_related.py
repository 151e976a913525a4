"""Recompute every stored related-news list: after an import or a change of the scoring
(the worker also runs it weekly: articles/tasks.py)."""

import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from articles.related import recompute_all


class Command(BaseCommand):
    help = "Tính lại danh sách tin liên quan của mọi bài đã xuất bản."

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=None, help="Chỉ tính cho N bài mới nhất (để đo thời gian)."
        )

    def handle(self, *args, limit=None, **options):
        count = recompute_all(
            limit,
            progress=lambda total: tqdm(total=total, unit="bài", file=sys.stderr, mininterval=1),
        )
        self.stdout.write(f"Đã tính lại tin liên quan cho {count} bài.")
