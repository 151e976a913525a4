"""The publish rule is written once: hand-written SQL and both word views agree with published()."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles import related
from articles.models import Article
from articles.querysets import PUBLISHED, PUBLISHED_SQL
from search.suggest import refresh_vocabulary
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _one_of_each_state():
    now = timezone.now()
    states = {
        "published": (Article.Status.PUBLISHED, now - timedelta(hours=1)),
        "scheduled": (Article.Status.PUBLISHED, now + timedelta(hours=1)),
        "draft": (Article.Status.DRAFT, None),
        "pending": (Article.Status.PENDING, None),
        "archived": (Article.Status.ARCHIVED, now - timedelta(days=3)),
    }
    return {
        name: make_article(f"Bài {name} từkhóa{name}", status=status, published_at=when)
        for name, (status, when) in states.items()
    }


def test_the_sql_rule_selects_exactly_what_published_selects():
    _one_of_each_state()
    rule = PUBLISHED_SQL.format(alias="a")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT a.id FROM articles_article a WHERE {rule} ORDER BY a.id",  # noqa: S608
            {"published": PUBLISHED},
        )
        by_sql = [row[0] for row in cursor.fetchall()]
    assert by_sql == list(Article.objects.published().order_by("id").values_list("id", flat=True))
    assert len(by_sql) == 1


def test_both_word_views_count_only_public_articles():
    _one_of_each_state()
    refresh_vocabulary()
    related.refresh_term_stats()
    with connection.cursor() as cursor:
        for view in ("search_word", "articles_search_term"):
            cursor.execute(
                f"SELECT word FROM {view} WHERE word LIKE 'tukhoa%%' ORDER BY word"  # noqa: S608
            )
            assert cursor.fetchall() == [("tukhoapublished",)], view
