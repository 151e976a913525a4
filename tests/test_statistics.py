"""Bulk writers leave planner statistics behind them; /healthz names tables that lack them."""

import time

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from core.statistics import tables_without_statistics
from demo.documents import DOCUMENT_BULK_TABLES
from demo.loader import load_demo
from demo.synthetic import BULK_TABLES, add_synthetic

pytestmark = pytest.mark.django_db(transaction=True)  # statistics are seen after commit


@pytest.fixture
def no_autovacuum():
    """As on the CI machines' PostgreSQL: nothing analyzes behind the code's back."""
    _set_autovacuum(False)
    yield
    _set_autovacuum(True)


def _set_autovacuum(on: bool):
    with connection.cursor() as cursor:
        for table in (*BULK_TABLES, *DOCUMENT_BULK_TABLES):
            cursor.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = {str(on).lower()})")


def _flushed_stale_tables(min_rows, expect=None):
    """The stale tables once the loader's connections have reported their writes (≤ 10 s)."""
    deadline = time.monotonic() + 10
    while True:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_stat_force_next_flush()")
            cursor.execute("SELECT pg_stat_clear_snapshot()")
        stale = tables_without_statistics(min_rows)
        if expect is None or expect in stale or time.monotonic() > deadline:
            return stale
        time.sleep(0.2)


def test_a_bulk_load_without_analyze_is_reported_by_healthz(client, settings, no_autovacuum):
    settings.STATISTICS_MIN_ROWS = 100
    load_demo("mat-khau-thu-nghiem-1")  # the categories and authors the generator draws on
    add_synthetic(150, progress=False)
    assert Article._meta.db_table in _flushed_stale_tables(100, expect=Article._meta.db_table)
    report = client.get("/healthz").json()
    assert report["status"] == "ok"
    assert Article._meta.db_table in report["statistics_missing"]


def test_load_demo_analyzes_what_it_loaded(settings, no_autovacuum):
    settings.DEBUG = True
    call_command("load_demo", articles=150, verbosity=0)
    assert not set(BULK_TABLES) & set(_flushed_stale_tables(100))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE relname = %s", [Article._meta.db_table]
        )
        assert cursor.fetchone()[0] >= 150


def test_load_demo_analyzes_the_documents_it_added(settings, no_autovacuum):
    """Without it the site search's document block took 25 ms instead of 7 at 50,000."""
    settings.DEBUG = True
    call_command("load_demo", documents=1200, verbosity=0)
    assert not set(DOCUMENT_BULK_TABLES) & set(_flushed_stale_tables(1000))
