"""Incremental sync sees every change a client shows of an article, not only its own fields:
its tags, authors and related list, and the names of its category, tags and authors."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article
from tests.factories import make_article, make_author, make_category

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture
def settled():
    """Articles published and last changed two days ago, and a sync time one hour ago."""

    def make(*args, **kwargs):
        article = make_article(*args, **kwargs)
        old = timezone.now() - timedelta(days=2)
        Article.objects.filter(pk=article.pk).update(
            published_at=old, updated_at=old, changed_at=old
        )
        return article

    return make


def synced(client):
    since = (timezone.now() - timedelta(hours=1)).isoformat().replace("+", "%2B")
    response = client.get(f"{API}/articles/?updated_since={since}&size=100")
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_nothing_changed_means_nothing_to_sync(client, settled):
    settled(tags=["lễ hội"])
    assert synced(client) == []


def test_a_tag_added_or_removed_brings_the_article_into_a_sync(client, settled):
    tagged, other = settled(tags=["lễ hội"]), settled()
    tagged.tags.remove("lễ hội")
    assert synced(client) == [tagged.pk]
    other.tags.add("đua thuyền")
    assert synced(client) == [tagged.pk, other.pk]


def test_an_author_added_or_removed_brings_the_article_into_a_sync(client, settled):
    author = make_author()
    first, second, third = settled(), settled(authors=[author]), settled(authors=[author])
    first.authors.add(author)
    second.authors.remove(author)
    third.authors.clear()
    assert sorted(synced(client)) == sorted([first.pk, second.pk, third.pk])


def test_a_changed_related_list_brings_the_article_into_a_sync(
    client, settled, django_capture_on_commit_callbacks
):
    category = make_category()
    holder = settled("Đua thuyền truyền thống trên sông", category=category, tags=["đua thuyền"])
    picked = settled("Hội chợ xuân", category=make_category())
    with django_capture_on_commit_callbacks(execute=True):
        holder.related_picks.add(picked)
    assert holder.pk in synced(client)  # (and the pick, whose list now holds the holder)
    Article.objects.update(changed_at=timezone.now() - timedelta(days=2))
    assert synced(client) == []
    with django_capture_on_commit_callbacks(execute=True):  # a new neighbour enters its list
        newcomer = make_article(
            "Đua thuyền trên sông mùa lễ hội", category=category, tags=["đua thuyền"]
        )
    assert holder.pk in synced(client) and newcomer.pk in synced(client)


def test_a_withdrawn_neighbour_changes_the_lists_that_held_it(
    client, settled, django_capture_on_commit_callbacks
):
    category = make_category()
    with django_capture_on_commit_callbacks(execute=True):
        holder = make_article("Lễ hội đua thuyền", category=category, tags=["đua thuyền"])
        neighbour = make_article("Đua thuyền trên sông", category=category, tags=["đua thuyền"])
    old = timezone.now() - timedelta(days=2)
    Article.objects.update(published_at=old, updated_at=old, changed_at=old)
    with django_capture_on_commit_callbacks(execute=True):
        neighbour.delete()
    assert synced(client) == [holder.pk]


def test_a_renamed_category_brings_its_articles_and_its_childrens_into_a_sync(client, settled):
    parent = make_category("Văn hóa")
    child = make_category("Lễ hội", parent=parent)
    elsewhere = make_category("Thể thao")
    in_parent, in_child, _other = (
        settled(category=parent),
        settled(category=child),
        settled(category=elsewhere),
    )
    parent.position = 5  # not shown with an article: nothing to sync
    parent.save()
    assert synced(client) == []
    parent.name = "Văn hóa – Văn nghệ"
    parent.save()
    assert sorted(synced(client)) == sorted([in_parent.pk, in_child.pk])


def test_a_renamed_or_deleted_tag_brings_its_articles_into_a_sync(client, settled):
    tagged, other, _untouched = (
        settled(tags=["le hoi"]),
        settled(tags=["the thao"]),
        settled(tags=["du lich"]),
    )
    tag = Tag.objects.get(name="le hoi")
    tag.name = "lễ hội"
    tag.save()
    assert synced(client) == [tagged.pk]
    Tag.objects.get(name="the thao").delete()
    assert synced(client) == [tagged.pk, other.pk]


def test_a_renamed_or_deleted_author_brings_their_articles_into_a_sync(client, settled):
    renamed, deleted = make_author("Nguyễn Văn A"), make_author("Trần Thị B")
    first, second, _other = settled(authors=[renamed]), settled(authors=[deleted]), settled()
    renamed.unit = "Phòng Văn hóa và Thông tin huyện"
    renamed.save()
    assert synced(client) == [first.pk]
    deleted.delete()
    assert sorted(synced(client)) == sorted([first.pk, second.pk])


def test_a_sync_list_runs_the_same_number_of_queries_whatever_the_data(client, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    category, author = make_category(), make_author()
    since = (timezone.now() - timedelta(hours=1)).isoformat().replace("+", "%2B")
    url = f"{API}/articles/?updated_since={since}&size=100"

    def counted():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make_article(category=category, authors=[author], tags=["a"])
    small = counted()
    for i in range(12):
        article = make_article(category=category, authors=[author], tags=[f"t{i}"])
        article.tags.add("b")
    assert counted() == small


def test_the_sync_order_follows_the_last_change_shown(client, settled):
    first, second = settled(), settled()
    second.tags.add("mới")
    first.authors.add(make_author())
    body = client.get(
        f"{API}/articles/?updated_since="
        + (timezone.now() - timedelta(hours=1)).isoformat().replace("+", "%2B")
    ).json()
    assert [item["id"] for item in body["results"]] == [second.pk, first.pk]
    assert body["results"][0]["changed_at"] <= body["results"][1]["changed_at"]
