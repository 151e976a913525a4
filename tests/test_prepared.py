"""SQL compiled once per process (core.prepared) answers what the ORM would, for any values."""

from datetime import timedelta

import pytest
from django.db.models import F
from django.utils import timezone

from articles.models import Article
from core.prepared import SENTINEL_ID, SENTINEL_NOW, AnyOf, Prepared
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _public(now, ids):
    return (
        Article.objects.published(now=now)
        .filter(AnyOf(F("id"), ids))
        .values_list("id", "title", "cover_renditions")
        .order_by("id")
    )


def test_each_run_fills_in_its_own_values_and_matches_the_orm():
    first, second = make_article("Hội diễn"), make_article("Giải bóng đá")
    scheduled = make_article("Sắp đăng", published_at=timezone.now() + timedelta(hours=2))
    prepared = Prepared(_public, now=SENTINEL_NOW, ids=[SENTINEL_ID])
    ids = [first.pk, second.pk, scheduled.pk]
    for now in (timezone.now(), timezone.now() + timedelta(hours=3)):
        assert prepared.rows(now=now, ids=ids) == list(_public(now, ids))
    assert [row[1] for row in prepared.rows(now=timezone.now(), ids=ids)] == [
        "Hội diễn",
        "Giải bóng đá",
    ]
    assert prepared.rows(now=timezone.now(), ids=[second.pk])[0][2] == {}  # JSON decoded


def test_a_sentinel_the_sql_does_not_hold_falls_back_to_the_orm():
    article = make_article("Hội diễn")
    prepared = Prepared(
        lambda now, ids: Article.objects.filter(pk__in=ids).values_list("title"),
        now=SENTINEL_NOW,
        ids=[SENTINEL_ID],
    )
    assert prepared.rows(now=timezone.now(), ids=[article.pk]) == [("Hội diễn",)]


def test_any_of_an_empty_list_finds_nothing():
    make_article()
    assert not Article.objects.filter(AnyOf(F("id"), [])).exists()
