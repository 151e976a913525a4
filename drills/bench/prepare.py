"""The part of the benchmark that runs inside Django, on the benchmark database.

It fills the database, picks the URLs to load, counts each page's SQL queries through
the test client (full-page cache off, so the count is what a cache miss costs), and
runs EXPLAIN ANALYZE on the list queries. The result goes to a JSON file for the
command that drives the server.
"""

import logging
import random
import re
from urllib.parse import quote

from django.db import connection, reset_queries
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import view_counts
from articles.models import Article, Category
from articles.views import PAGE_SIZE
from demo.documents import add_synthetic_documents
from demo.fill import fill
from documents.models import Document

SEARCHES = ["hội nghị", "văn hóa", "thể thao", "nông thôn mới", "dang bo"]
DOCUMENT_PAGES = {
    "văn bản": ["/van-ban/"],
    "văn bản lọc": [
        "/van-ban/?validity=in_force",
        "/van-ban/?doc_type=ke-hoach&year=2020",
        "/van-ban/?issuer=uy-ban-nhan-dan-huyen&validity=expired&page=20",
    ],
    "văn bản tìm": [
        f"/van-ban/?q={quote(q)}" for q in ["lễ hội", "15/2024", "ke hoach the thao", "qd-ubnd"]
    ],
}
ROTATION = 1000
# Distinct searches for the row that rotates over them (core.version_memo keeps a ranking per
# query: the fixed row's five repeat, this one shows what a query costs the first time).
SEARCH_ROTATION = 2000
SAMPLED = 20  # pages per row whose queries are counted
EXPLAIN_ONLY = ["/sitemap.xml", "/api/v1/tags/"]  # not loaded by wrk; their queries explained too
LARGE_TABLES = {
    "articles_article",
    "articles_article_authors",
    "articles_article_related_picks",
    "taggit_taggeditem",
    "documents_document",
}


def _biggest_category():
    row = (
        Article.objects.published()
        .values("category")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    return Category.objects.get(pk=row["category"]), row["n"]


def plan_rows():
    category, size = _biggest_category()
    deep = min(500, max(1, -(-size // PAGE_SIZE)))
    sample = list(Article.objects.published().select_related("category").order_by("?")[:ROTATION])
    searches = distinct_searches()
    rows = [
        ("trần", ["/bench/ceiling"], "GET"),
        ("trang chủ", ["/"], "GET"),
        ("chuyên mục tr.1", [category.get_absolute_url()], "GET"),
        (f"chuyên mục tr.{deep}", [f"{category.get_absolute_url()}?page={deep}"], "GET"),
        (f"bài viết x{len(sample)}", [a.get_absolute_url() for a in sample], "GET"),
        ("tìm kiếm", [f"/tim-kiem/?q={quote(q)}" for q in SEARCHES], "GET"),
        (f"tìm kiếm x{len(searches)} mới", [f"/tim-kiem/?q={quote(q)}" for q in searches], "GET"),
        ("rss", ["/rss/"], "GET"),
        *((name, paths, "GET") for name, paths in DOCUMENT_PAGES.items()),
        ("ghi lượt xem", [f"/luot-xem/{a.pk}/" for a in sample], "POST"),
        ("api danh sách", [reverse("api:article_list")], "GET"),
        (
            f"api chi tiết x{len(sample)}",
            [reverse("api:article_detail", kwargs={"id": a.pk}) for a in sample],
            "GET",
        ),
        ("api văn bản", [reverse("api:document_list")], "GET"),
    ]
    return category, deep, rows


def distinct_searches() -> list[str]:
    """Up to SEARCH_ROTATION phrases of two and three words from titles, in a fixed order.

    Never primed before the run (`primed`): each is asked for the first time by wrk.
    """
    titles = Article.objects.published().order_by("-id").values_list("title", flat=True)
    found = set()
    for title in titles[: SEARCH_ROTATION * 2]:
        words = [w.strip(',.:;()"“”–').lower() for w in title.split()]
        words = [w for w in words if w]
        for size in (2, 3):
            found.update(" ".join(words[k : k + size]) for k in range(len(words) - size + 1))
    searches = sorted(found)
    random.Random(0).shuffle(searches)  # noqa: S311 - an order, not a secret
    return searches[:SEARCH_ROTATION]


def primed(name: str) -> bool:
    """Whether the benchmark warms the row's pages before it (not the distinct searches)."""
    return not name.startswith("tìm kiếm x")


def count_queries(rows):
    """Status and the most SQL queries seen for each row's pages, cache off."""
    client = Client()
    counted = []
    logging.getLogger("django.request").setLevel(logging.ERROR)  # 404s of absent pages
    with override_settings(PUBLIC_PAGE_CACHE=False):
        for name, paths, method in rows:
            statuses, most = set(), 0
            for path in paths[:SAMPLED]:
                reset_queries()  # a full log (the filler's queries) would capture nothing
                with CaptureQueriesContext(connection) as queries:
                    response = getattr(client, method.lower())(path)
                statuses.add(response.status_code)
                most = max(most, len(queries))
            counted.append(
                {
                    "name": name,
                    "paths": paths,
                    "method": method,
                    "status": sorted(statuses),
                    "queries": most,
                    "prime": primed(name),
                }
            )
    return counted


def seq_scans(rows):
    """EXPLAIN every SELECT the pages run; list any sequential scan of a large table."""
    client = Client()
    pages = [(name, path) for name, paths, method in rows if method == "GET" for path in paths[:3]]
    pages += [("sitemap", path) for path in EXPLAIN_ONLY]
    explained, found = 0, []
    with override_settings(PUBLIC_PAGE_CACHE=False):
        for name, path in pages:
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                if client.get(path).status_code != 200:
                    continue
            for query in queries.captured_queries:
                if not query["sql"].lstrip().upper().startswith("SELECT"):
                    continue
                with connection.cursor() as cursor:
                    cursor.execute("EXPLAIN " + query["sql"])
                    plan = "\n".join(row[0] for row in cursor.fetchall())
                explained += 1
                found += [
                    f"{name}: Seq Scan on {table}: {query['sql'][:120]}"
                    for table in re.findall(r"Seq Scan on (\w+)", plan)
                    if table in LARGE_TABLES
                ]
    return {"explained": explained, "seq_scans": sorted(set(found))}


def _execution_ms(plan: str) -> float:
    found = re.search(r"Execution Time: ([\d.]+) ms", plan)
    return float(found.group(1)) if found else 0.0


def explain(category, deep):
    """EXPLAIN ANALYZE of the queries a category page (first and deep) and home run."""
    listing = Article.objects.published().filter(category=category).for_list()
    plans = {}

    def page_ids(number):
        bottom = (number - 1) * PAGE_SIZE
        return listing.prefetch_related(None).values_list("pk", flat=True)[
            bottom : bottom + PAGE_SIZE
        ]

    queries = {
        "trang chủ: 20 bài mới nhất": Article.objects.published().for_list()[:PAGE_SIZE],
        "chuyên mục: đếm": None,
        "chuyên mục tr.1: id": page_ids(1),
        f"chuyên mục tr.{deep}: id": page_ids(deep),
        f"chuyên mục tr.{deep}: OFFSET thường (Paginator của Django)": listing[
            (deep - 1) * PAGE_SIZE : deep * PAGE_SIZE
        ],
    }
    for name, queryset in queries.items():
        if queryset is None:
            plan = _explain_count(listing)
        else:
            plan = queryset.explain(analyze=True, buffers=True)
        plans[name] = {"ms": _execution_ms(plan), "plan": plan}
    return plans


def _explain_count(queryset):
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        # Django compiled the SQL; the values travel separately as parameters.
        statement = f"EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM ({sql}) AS page"  # noqa: S608
        cursor.execute(statement, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def fill_documents(count, stdout):
    """At least `count` published documents (synthetic, without files), then ANALYZE."""
    missing = count - Document.objects.published().count()
    if missing > 0:
        stdout.write(f"{missing} văn bản tổng hợp…")
        add_synthetic_documents(missing)
        with connection.cursor() as cursor:
            for table in ("documents_document", "documents_document_replaces"):
                cursor.execute(f"VACUUM ANALYZE {table}")


def prepare(articles, stdout, documents=0):
    fill(articles, stdout)
    fill_documents(documents, stdout)
    category, deep, rows = plan_rows()
    plans = explain(category, deep)
    view_counts.flush()  # counts left by an earlier run: the beacon row shows its own cost
    return {
        "articles": Article.objects.published().count(),
        "documents": Document.objects.published().count(),
        "rows": count_queries(rows),
        "explain": plans,
        "scans": seq_scans(rows),
    }
