"""Stale-while-revalidate: after a change one reader rebuilds a page, others get its last copy."""

from datetime import timedelta

import pytest
import time_machine
from django.test import RequestFactory
from django.utils import timezone

from articles import page_cache, stale_pages
from articles import page_cache as page_cache_module
from articles.models import Article
from core.content_version import content_version
from tests import redis_support
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def _hold_rebuild(path, query=()):
    """Act as another worker that is rebuilding `path` under the current content version."""
    request = RequestFactory().get(path)
    page = page_cache._cache_key(request, frozenset(query))
    assert stale_pages.claim_rebuild(page.key)
    return page


def test_readers_get_the_previous_copy_while_one_worker_rebuilds(client, page_cache):
    make_article("Tin cũ về lễ hội")
    assert "Tin cũ về lễ hội" in client.get("/").text
    make_article("Tin mới về đua thuyền")
    _hold_rebuild("/")
    page = client.get("/").text
    assert "Tin cũ về lễ hội" in page and "Tin mới về đua thuyền" not in page


def test_only_one_reader_claims_a_page_rebuild_per_version(page_cache):
    page = _hold_rebuild("/")
    assert not stale_pages.claim_rebuild(page.key)
    make_article()
    assert _hold_rebuild("/").key != page.key  # the next version is claimed anew


def test_the_claimant_renders_the_new_page(client, page_cache):
    make_article("Tin cũ về lễ hội")
    client.get("/")
    make_article("Tin mới về đua thuyền")
    assert "Tin mới về đua thuyền" in client.get("/").text  # nobody else holds the rebuild


def test_no_copy_older_than_the_grace_is_served(client, page_cache, settings):
    settings.PUBLIC_PAGE_GRACE_SECONDS = 30
    make_article("Tin cũ về lễ hội")
    client.get("/")
    make_article("Tin mới về đua thuyền")
    content_version()  # the new number: on commit, and here at the first read inside the test
    with time_machine.travel(timezone.now() + timedelta(seconds=31)):
        _hold_rebuild("/")
        assert "Tin mới về đua thuyền" in client.get("/").text


@pytest.mark.parametrize("withdraw", ["unpublish", "delete", "reschedule"])
def test_a_withdrawn_article_is_never_served_from_a_stale_copy(client, page_cache, withdraw):
    category = make_category("Văn hóa", slug="van-hoa")
    article = make_article("Bài sắp bị gỡ", category=category)
    url = article.get_absolute_url()
    for path in (url, "/", "/van-hoa/"):
        assert "Bài sắp bị gỡ" in client.get(path).text
    if withdraw == "delete":
        article.delete()
    elif withdraw == "unpublish":
        article.status = Article.Status.DRAFT
        article.save()
    else:
        article.published_at = timezone.now() + timedelta(days=1)
        article.save()
    for path in (url, "/", "/van-hoa/"):
        _hold_rebuild(path)
        response = client.get(path)
        assert "Bài sắp bị gỡ" not in response.text, path


def test_editing_a_draft_keeps_stale_copies_allowed(client, page_cache):
    make_article("Tin cũ về lễ hội")
    draft = make_article("Bản nháp", status=Article.Status.DRAFT)
    client.get("/")
    draft.sapo = "Sửa bản nháp."
    draft.save()  # moves the version but withdraws nothing
    _hold_rebuild("/")
    assert "Tin cũ về lễ hội" in client.get("/").text


def test_while_every_rebuild_slot_is_taken_readers_get_the_previous_copy(client, page_cache):
    """After a publication every page is stale at once: only PUBLIC_PAGE_REBUILD_SLOTS of
    them are rebuilt at a time, the others are served from their previous copy meanwhile,
    and rebuilt by a later reader once a slot is free."""
    make_article("Tin cũ về lễ hội")
    assert "Tin cũ về lễ hội" in client.get("/").text
    make_article("Tin mới về đua thuyền")
    slot = stale_pages.take_slot()  # another worker is rebuilding some other page
    assert slot is not None and stale_pages.take_slot() is None  # one slot by default
    page = client.get("/").text
    assert "Tin cũ về lễ hội" in page and "Tin mới về đua thuyền" not in page
    stale_pages.release(slot)
    assert "Tin mới về đua thuyền" not in client.get("/").text  # kept here a moment
    later = timezone.now() + timedelta(seconds=page_cache_module.STALE_RECHECK_SECONDS)
    with time_machine.travel(later):
        assert "Tin mới về đua thuyền" in client.get("/").text  # its claim was not kept
    assert stale_pages.take_slot() is not None  # the rebuild gave its slot back


def test_a_page_without_a_previous_copy_is_rendered_though_every_slot_is_taken(client, page_cache):
    make_article("Tin đầu tiên")
    assert stale_pages.take_slot() is not None
    assert "Tin đầu tiên" in client.get("/").text


@pytest.mark.parametrize("page_cache", ["redis"], indirect=True)
def test_readers_of_a_page_being_rebuilt_elsewhere_cost_no_round_trip_each(
    client, page_cache, monkeypatch
):
    make_article("Tin cũ về lễ hội")
    client.get("/")
    make_article("Tin mới về đua thuyền")
    _hold_rebuild("/")
    assert "Tin mới về đua thuyền" not in client.get("/").text
    sent = redis_support.commands_sent(monkeypatch)
    for _ in range(5):
        assert "Tin mới về đua thuyền" not in client.get("/").text
    assert sent == []  # the previous copy, kept in this process for a moment


@pytest.mark.parametrize("page_cache", ["redis"], indirect=True)
def test_a_page_missing_from_the_process_costs_one_round_trip(client, page_cache, monkeypatch):
    make_article("Tin cũ về lễ hội")
    client.get("/")
    make_article("Tin mới về đua thuyền")
    _hold_rebuild("/")
    sent = redis_support.commands_sent(monkeypatch)
    assert "Tin mới về đua thuyền" not in client.get("/").text  # the previous copy
    assert len(sent) <= 2  # one script; and, once per version, the time that version came
    sent.clear()
    later = timezone.now() + timedelta(seconds=page_cache_module.STALE_RECHECK_SECONDS)
    with time_machine.travel(later):  # this process asks again
        assert "Tin mới về đua thuyền" not in client.get("/").text
    assert len(sent) == 1


def _publish_after_a_build(client):
    make_article("Tin cũ về lễ hội")
    assert "Tin cũ về lễ hội" in client.get("/").text  # the page is built now
    make_article("Tin mới về đua thuyền")
    content_version()  # the new number: on commit, and here at the first read inside the test
    return timezone.now()


def test_a_page_built_moments_ago_waits_for_the_rebuild_interval(client, page_cache, settings):
    """An editor publishing every second costs each page one rebuild per interval: until
    then readers get the copy just built, and after it the page shows the publication."""
    settings.PUBLIC_PAGE_REBUILD_INTERVAL = 5
    built = _publish_after_a_build(client)
    page = client.get("/").text
    assert "Tin cũ về lễ hội" in page and "Tin mới về đua thuyền" not in page
    with time_machine.travel(built + timedelta(seconds=4)):
        assert "Tin mới về đua thuyền" not in client.get("/").text
    with time_machine.travel(built + timedelta(seconds=5.5)):
        assert "Tin mới về đua thuyền" in client.get("/").text


def test_the_rebuild_interval_stays_under_half_the_grace(client, page_cache, settings):
    settings.PUBLIC_PAGE_GRACE_SECONDS = 4
    settings.PUBLIC_PAGE_REBUILD_INTERVAL = 30
    built = _publish_after_a_build(client)
    assert "Tin mới về đua thuyền" not in client.get("/").text
    with time_machine.travel(built + timedelta(seconds=2.5)):
        assert "Tin mới về đua thuyền" in client.get("/").text


def test_a_withdrawn_article_leaves_a_page_built_moments_ago_at_once(client, page_cache, settings):
    settings.PUBLIC_PAGE_REBUILD_INTERVAL = 5
    article = make_article("Bài sắp bị gỡ")
    assert "Bài sắp bị gỡ" in client.get("/").text
    article.status = Article.Status.DRAFT
    article.save()
    assert "Bài sắp bị gỡ" not in client.get("/").text
