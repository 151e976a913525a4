"""Planner statistics: refreshed by the code that changes many rows, checked by /healthz.

Right after a bulk load PostgreSQL knows nothing of the new rows until ANALYZE runs (and
autovacuum may be off, or late): searches then took seconds instead of milliseconds. So
every command that writes many rows analyzes what it touched before it returns.
"""

from django.db import connection

# A table is "without statistics" when more rows changed since its last ANALYZE than it had
# then (it at least doubled, or was never analyzed), and it is big enough for plans to care.
_STALE_SQL = """
SELECT s.relname
FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
WHERE s.schemaname = current_schema()
  AND s.n_live_tup >= %(min_rows)s
  AND (c.reltuples < 0 OR s.n_mod_since_analyze > greatest(c.reltuples, %(min_rows)s))
ORDER BY s.relname
"""


def analyze(*tables: str) -> None:
    """ANALYZE the given tables (names from code, never from input), or the whole database."""
    with connection.cursor() as cursor:
        if not tables:
            cursor.execute("ANALYZE")
        for table in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def tables_without_statistics(min_rows: int = 1000) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(_STALE_SQL, {"min_rows": min_rows})
        return [name for (name,) in cursor.fetchall()]
