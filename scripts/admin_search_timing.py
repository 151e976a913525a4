"""Time the article admin list's search on the current database (README "Performance").

`.venv/bin/python scripts/admin_search_timing.py ["words" …]`: for each query, the list
page (100 rows) and its count as the admin runs them, best of 5, with Django's own search
over title, sapo and authors (what the list used before) and with the folded search.
Writes nothing; `--explain` prints the folded search's plan for the first query.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.contrib import admin  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from articles.admin import ArticleAdmin  # noqa: E402
from articles.models import Article  # noqa: E402

QUERIES = ["goi banh chung", "gói bánh chưng", "cau dan sinh nam khoang", "hoi nghi"]
QUERIES += ["nguyen thi thu ha"]


class DjangoSearch(ArticleAdmin):
    search_fields = ["title", "sapo", "authors__name"]
    get_search_results = admin.ModelAdmin.get_search_results


def changelist_queryset(admin_class, query):
    request = RequestFactory().get("/", {"q": query})
    request.user = get_user_model()(username="timing", is_superuser=True, is_active=True)
    return admin_class(Article, admin.site).get_changelist_instance(request).queryset


def best_ms(run, rounds=5):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return result, best * 1000


def main(args):
    queries = [a for a in args if not a.startswith("--")] or QUERIES
    print(f"{Article.objects.count()} articles")
    for query in queries:
        for name, admin_class in [("django", DjangoSearch), ("folded", ArticleAdmin)]:
            queryset = changelist_queryset(admin_class, query)
            _rows, page = best_ms(lambda qs=queryset: list(qs[:100]))
            found, count = best_ms(queryset.count)
            print(
                f"{name:7} {query!r:28} {found:7} found  page {page:7.1f} ms  count {count:7.1f} ms"
            )
    if "--explain" in args:
        print(changelist_queryset(ArticleAdmin, queries[0])[:100].explain(analyze=True))


if __name__ == "__main__":
    main(sys.argv[1:])
