"""The search page's parts kept between requests (the filters' HTML, the result cards, the
documents' rows): each shows what a fresh render would, and follows the content and the day."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.cards import card_html
from articles.models import Article
from documents.models import Document
from search.suggest import refresh_vocabulary
from tests.documents_data import make_document
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def _page(client, **params):
    return client.get(URL, params).content.decode()


def test_the_category_filter_lists_a_new_category_at_once(client):
    assert 'value="le-hoi-mua-xuan"' not in _page(client, q="đua thuyền")
    make_category("Lễ hội mùa xuân")
    assert 'value="le-hoi-mua-xuan"' in _page(client, q="đua thuyền")


def test_the_filters_show_the_values_sent_each_time(client):
    culture = make_category("Văn hóa")
    chosen = _page(client, q="đua thuyền", category=culture.slug, date_from="01/02/2024")
    assert f'<option value="{culture.slug}" selected>' in chosen
    assert 'value="01/02/2024"' in chosen
    plain = _page(client, q="đua thuyền")
    assert f'<option value="{culture.slug}" selected>' not in plain
    assert 'value="01/02/2024"' not in plain
    refused = _page(client, q="đua thuyền", date_from="31/02/2024")
    assert 'aria-invalid="true"' in refused
    assert 'aria-invalid="true"' not in _page(client, q="đua thuyền", date_from="01/02/2024")


def test_a_result_card_is_the_articles_own_card(client):
    article = make_article("Hội thi đua thuyền truyền thống", sapo="Đua thuyền trên sông.")
    for _ in range(2):  # the second time from the snippets kept for this content version
        page = _page(client, q="đua thuyền")
        shown = Article.objects.for_list().get(pk=article.pk)
        assert card_html(shown, compact=True) in page
        assert '<p class="snippet"><mark>Đua thuyền</mark> trên sông.' in page


def test_an_edited_title_shows_in_the_next_search(client):
    article = make_article("Hội thi đua thuyền", sapo="Đua thuyền trên sông.")
    assert "Hội thi đua thuyền" in _page(client, q="đua thuyền")
    article.title = "Hội thi đua thuyền rồng"
    article.save()
    assert "Hội thi đua thuyền rồng" in _page(client, q="đua thuyền")


def test_a_document_row_is_the_registers_own_row(client):
    document = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    listed = Document.objects.published().for_list().get(pk=document.pk)
    row = render_to_string("documents/_document_row.html", {"document": listed})
    for _ in range(2):
        assert row in _page(client, q="đua thuyền")


def test_a_documents_validity_follows_the_day(client):
    tomorrow = timezone.localdate() + timedelta(days=1)
    make_document("15/2024/QĐ-UBND", summary="Lễ hội đua thuyền", effective_on=tomorrow)
    assert "validity--pending" in _page(client, q="đua thuyền")
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        page = _page(client, q="đua thuyền")
    assert "validity--in_force" in page and "validity--pending" not in page


def test_the_pagination_is_each_searchs_own(client):
    for n in range(21):
        make_article(f"Lịch tiếp công dân tuần {n + 1}")
        make_article(f"Lịch trực tết số {n + 1}")
    citizens = _page(client, q="tiếp công dân")
    assert "?q=ti%E1%BA%BFp+c%C3%B4ng+d%C3%A2n&amp;page=2" in citizens
    holidays = _page(client, q="trực tết")
    assert "?q=tr%E1%BB%B1c+t%E1%BA%BFt&amp;page=2" in holidays
    assert "c%C3%B4ng+d%C3%A2n" not in holidays
    second = _page(client, q="trực tết", page="2")
    assert '<span aria-current="page">2</span>' in second
    assert '<span aria-current="page">2</span>' not in holidays


def test_the_pagination_follows_the_number_of_results(client):
    for n in range(20):
        make_article(f"Lịch tiếp công dân tuần {n + 1}")
    assert 'class="pagination"' not in _page(client, q="tiếp công dân")
    make_article("Lịch tiếp công dân tuần 21")
    assert "page=2" in _page(client, q="tiếp công dân")


def test_a_repeated_typo_reuses_its_suggestion_until_the_vocabulary_changes(client):
    make_article("Hội thi đua thuyền truyền thống", sapo="Đua thuyền trên sông.")
    refresh_vocabulary()
    assert client.get(URL, {"q": "dua thuyn"}).context["suggestion"] == "đua thuyền"
    with CaptureQueriesContext(connection) as again:
        response = client.get(URL, {"q": "dua thuyn"})
    assert response.context["suggestion"] == "đua thuyền"
    assert not [q for q in again.captured_queries if "search_word" in q["sql"]]
    make_article("Lễ hội thuyền rồng", status=Article.Status.DRAFT, published_at=None)
    assert client.get(URL, {"q": "thuyen rongg"}).context["suggestion"] is None
    Article.objects.filter(title="Lễ hội thuyền rồng").update(
        status=Article.Status.PUBLISHED, published_at=timezone.now() - timedelta(hours=1)
    )  # no signal: only the vocabulary's refresh tells the suggestions
    refresh_vocabulary()
    assert client.get(URL, {"q": "thuyen rongg"}).context["suggestion"] == "thuyền rồng"
