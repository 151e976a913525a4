"""The benchmark's database: `load_demo --articles N`, then what a measurement needs on top.

The demo generator (demo.synthetic) writes the articles; this module only reuses a
database that is already full enough, bumps the content version (no stale cached page
from an earlier run) and runs ``VACUUM ANALYZE`` so the planner and index-only scans
see the new rows. ``VACUUM`` cannot run inside a transaction.
"""

from django.core.management import call_command
from django.db import connection

from articles.models import Article
from core.content_version import bump_content_version


def fill(articles: int, stdout) -> None:
    """Bring the database to about ``articles`` published articles."""
    published = Article.objects.published().count()
    if published >= articles * 0.95:
        stdout.write(f"Cơ sở dữ liệu đo đã có {published} bài: dùng lại.")
    else:
        # --force: the benchmark's own database, whatever DEBUG says.
        call_command("load_demo", articles=articles - published, force=True, stdout=stdout)
    bump_content_version()
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {Article._meta.db_table}")
