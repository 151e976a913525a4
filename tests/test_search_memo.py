"""Rankings kept per content version (core.version_memo): a repeated search is not ranked again,
and a change of public content shows in the very next search."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from documents.models import Document
from tests.documents_data import make_document
from tests.factories import make_article

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def _titles(client, query, **params):
    return [a.title for a in client.get(URL, {"q": query, **params}).context["page_obj"]]


def _ranking_statements(queries):
    return [q["sql"] for q in queries if "ts_rank" in q["sql"]]


def test_a_repeated_search_reuses_its_ranking(client):
    make_article("Hội thi đua thuyền truyền thống", sapo="Đua thuyền trên sông.")
    make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    first = client.get(URL, {"q": "đua thuyền"})
    with CaptureQueriesContext(connection) as again:
        second = client.get(URL, {"q": "đua thuyền"})
    assert _ranking_statements(again.captured_queries) == []
    assert [a.pk for a in second.context["page_obj"]] == [a.pk for a in first.context["page_obj"]]
    assert [d.pk for d in second.context["documents"]] == [d.pk for d in first.context["documents"]]
    assert second.context["documents"]


def test_filters_are_part_of_what_is_kept(client):
    # Dates given: the factory's default moves back an hour with each article a run has made.
    make_article("Hội thi đua thuyền năm nay", published_at=timezone.now() - timedelta(days=1))
    make_article("Hội thi đua thuyền năm trước", published_at=timezone.now() - timedelta(days=400))
    assert len(_titles(client, "đua thuyền")) == 2
    since = (timezone.localdate() - timedelta(days=30)).strftime("%d/%m/%Y")
    assert _titles(client, "đua thuyền", date_from=since) == ["Hội thi đua thuyền năm nay"]


def test_publishing_and_unpublishing_show_in_the_next_search(client):
    make_article("Hội thi đua thuyền xã Tân Phú")
    assert _titles(client, "đua thuyền") == ["Hội thi đua thuyền xã Tân Phú"]
    draft = make_article("Đua thuyền trên sông Lam", status=Article.Status.DRAFT)
    assert _titles(client, "đua thuyền") == ["Hội thi đua thuyền xã Tân Phú"]

    draft.status, draft.published_at = Article.Status.PUBLISHED, timezone.now()
    draft.save()
    assert set(_titles(client, "đua thuyền")) == {
        "Hội thi đua thuyền xã Tân Phú",
        "Đua thuyền trên sông Lam",
    }

    draft.status = Article.Status.DRAFT
    draft.save()
    assert _titles(client, "đua thuyền") == ["Hội thi đua thuyền xã Tân Phú"]


def test_a_scheduled_article_is_found_once_its_time_comes(client):
    due = timezone.now() + timedelta(hours=1)
    make_article("Lịch đua thuyền mùa lễ hội", published_at=due)
    assert _titles(client, "đua thuyền") == []
    with time_machine.travel(due + timedelta(minutes=1)):
        assert _titles(client, "đua thuyền") == ["Lịch đua thuyền mùa lễ hội"]


def test_the_documents_block_follows_publication_too(client):
    shown = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    hidden = make_document(
        "16/2024/QĐ-UBND", summary="Kế hoạch đua thuyền", status=Document.Status.DRAFT
    )

    def block():
        return [d.pk for d in client.get(URL, {"q": "đua thuyền"}).context["documents"]]

    assert block() == [shown.pk]
    hidden.status = Document.Status.PUBLISHED
    hidden.save()
    assert set(block()) == {shown.pk, hidden.pk}
    shown.delete()
    assert block() == [hidden.pk]


def test_an_edited_article_shows_its_new_snippet(client):
    article = make_article("Thông báo", sapo="Lịch đua thuyền trên sông Lam vào sáng mai.")
    assert "sông Lam" in client.get(URL, {"q": "đua thuyền"}).content.decode()
    article.sapo = "Lịch đua thuyền dời sang sông Mã."
    article.save()
    page = client.get(URL, {"q": "đua thuyền"}).content.decode()
    assert "sông Mã" in page and "sông Lam" not in page
