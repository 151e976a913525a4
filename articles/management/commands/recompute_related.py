"""Recompute every stored related-news list: after an import or a change of the scoring."""

import sys

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from articles import related
from articles.models import Article, RelatedArticle
from core.statistics import analyze


class Command(BaseCommand):
    help = "Tính lại danh sách tin liên quan của mọi bài đã xuất bản."

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=None, help="Chỉ tính cho N bài mới nhất (để đo thời gian)."
        )

    def handle(self, *args, limit=None, **options):
        related.refresh_term_stats()
        max_ndoc = related.common_word_limit()
        published = Article.objects.filter(status=Article.Status.PUBLISHED)
        stale = RelatedArticle.objects.exclude(source__in=published.values("pk"))
        stale.delete()
        ids = list(published.order_by("-published_at", "-id").values_list("pk", flat=True)[:limit])
        batch = 200
        with tqdm(total=len(ids), unit="bài", file=sys.stderr, mininterval=1) as bar:
            for start in range(0, len(ids), batch):
                with transaction.atomic():
                    for pk in ids[start : start + batch]:
                        related.store_related(pk, max_ndoc=max_ndoc)
                bar.update(len(ids[start : start + batch]))
        analyze(RelatedArticle._meta.db_table)
        self.stdout.write(f"Đã tính lại tin liên quan cho {len(ids)} bài.")
