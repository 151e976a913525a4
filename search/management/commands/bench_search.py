"""Time typical public searches against the current database and show the query plan.

Each run does what the search page does, with DEBUG off as in production: count, first page
of 20 with ranks and snippets, and the typo suggestion when nothing is found.
`make bench-search` runs it.
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.core.paginator import Paginator
from django.test.utils import override_settings

from articles.models import Article
from core import version_memo as memo
from search import query as search
from search.suggest import suggest
from search.views import PAGE_SIZE

# What citizens type: words with and without diacritics, quoted phrases, typos.
GROUPS = {
    "Từ khóa": [
        "hội nghị",
        "hoi nghi",
        "HỘI NGHỊ TỔNG KẾT",
        "dang",
        "đua thuyền",
        "tong ket cong tac",
        "chuyển đổi số",
        "xã Tân Phú",
        "bóng đá thiếu niên",
        "an toan giao thong",
        "hiến máu tình nguyện 2025",
        "thư viện",
    ],
    "Cụm từ trong ngoặc kép": [
        '"văn hóa cơ sở"',
        '"chuyển đổi số"',
        '"thư viện"',
        '"lễ hội"',
        'hoi nghi "tong ket"',
    ],
    "Gõ sai (kèm gợi ý)": [
        "hoi ngih",
        "dua thuyn",
        "tong ket cong tak",
        "giao thong nong thn",
        "xyzzy",
    ],
}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run_once(query):
    memo.forget()  # each run ranks: what a query costs the first time (core.version_memo)
    results = search.search_articles(search.normalize_query(query))
    page = Paginator(results, PAGE_SIZE).get_page(1)
    snippets = [article.snippet for article in page]
    suggestion = None if page.paginator.count else suggest(query)
    return page.paginator.count, len(snippets), suggestion


class Command(BaseCommand):
    help = "Đo thời gian các truy vấn tìm kiếm điển hình (p50/p95) và in kế hoạch EXPLAIN."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=10, help="Số lần chạy mỗi truy vấn.")

    def handle(self, *args, runs=10, **options):
        # As in production: DEBUG off, so the database layer does not log every query.
        with override_settings(DEBUG=False):
            self.measure(runs)

    def measure(self, runs):
        published = Article.objects.published().count()
        self.stdout.write(f"{published} bài đã xuất bản; {runs} lần mỗi truy vấn (ms)\n")
        self.stdout.write(f"{'truy vấn':<28}{'kết quả':>9}{'p50':>9}{'p95':>9}  gợi ý")
        summary, everything = [], []
        for label, queries in GROUPS.items():
            group = []
            for query in queries:
                run_once(query)  # warm the cache as a busy server would be
                timings = []
                for _ in range(runs):
                    started = time.perf_counter()
                    count, _shown, suggestion = run_once(query)
                    timings.append((time.perf_counter() - started) * 1000)
                group.extend(timings)
                self.stdout.write(
                    f"{query:<28}{count:>9}{statistics.median(timings):>9.1f}"
                    f"{percentile(timings, 0.95):>9.1f}  {suggestion or ''}"
                )
            summary.append((label, group))
            everything.extend(group)
        summary.append(("Tất cả", everything))
        self.stdout.write("")
        for label, timings in summary:
            self.stdout.write(
                f"{label}: p50 {statistics.median(timings):.1f} ms,"
                f" p95 {percentile(timings, 0.95):.1f} ms"
            )
        for query in ("chuyển đổi số", "hoi nghi", '"văn hóa cơ sở"'):
            self.stdout.write(f"\nEXPLAIN (ANALYZE, BUFFERS): các bài khớp «{query}»")
            self.stdout.write(search.explain_search(query))
