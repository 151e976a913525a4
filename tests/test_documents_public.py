"""The public register: one published() door, validity from dates and links, list, filters,
search by number and words, detail, print, RSS, sitemap, JSON-LD, the site search block."""

import json
import re
from datetime import timedelta

import feedparser
import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from documents import search
from documents.models import Document, DocumentType, IssuingBody, Sector
from tests.documents_data import attach, make_document
from tests.factories import make_article

pytestmark = pytest.mark.django_db
LIST = "/van-ban/"


def _numbers(response):
    return [d.number for d in response.context["page_obj"]]


def _state(document):
    return Document.objects.with_validity().get(pk=document.pk).validity


def test_validity_is_computed_from_dates_and_replacement_links():
    today = timezone.localdate()
    pending = make_document(effective_on=today + timedelta(days=5))
    in_force = make_document()
    expired = make_document(effective_on=today - timedelta(days=90), expires_on=today)
    old = make_document()
    newer = make_document()
    newer.replaces.add(old)
    draft_replacement = make_document(status=Document.Status.DRAFT)
    draft_replacement.replaces.add(in_force)
    assert _state(pending) == "pending"
    assert _state(in_force) == "in_force"  # a draft replacing it changes nothing
    assert _state(expired) == "expired"
    assert _state(old) == "expired"
    assert _state(newer) == "in_force"


def test_replacement_not_yet_in_effect_leaves_the_old_document_in_force():
    old = make_document()
    newer = make_document(effective_on=timezone.localdate() + timedelta(days=10))
    newer.replaces.add(old)
    assert _state(old) == "in_force"


def test_unpublished_documents_are_reachable_by_no_public_surface(client):
    shown = make_document("1/2024/QĐ-UBND", summary="Văn bản công khai về lễ hội")
    draft = make_document("2/2024/QĐ-UBND", status=Document.Status.DRAFT, summary="Bí mật lễ hội")
    later = timezone.now() + timedelta(days=1)
    scheduled = make_document("3/2024/QĐ-UBND", published_at=later, summary="Hẹn giờ lễ hội")
    make_article("Hội nghị lễ hội")
    assert _numbers(client.get(LIST)) == [shown.number]
    assert _numbers(client.get(LIST, {"q": "lễ hội"})) == [shown.number]
    for hidden in (draft, scheduled):
        assert client.get(hidden.get_absolute_url()).status_code == 404
        assert (
            client.get(reverse("documents:print", args=[hidden.slug, hidden.pk])).status_code == 404
        )
        for surface in (
            LIST + "rss/",
            "/sitemap-van-ban.xml",
            "/tim-kiem/?q=l%E1%BB%85+h%E1%BB%99i",
        ):
            assert hidden.number not in client.get(surface).content.decode()
    assert Document.objects.published().count() == 1


def test_a_number_typed_partly_or_without_diacritics_finds_the_document(client):
    make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    make_document("16/2024/QĐ-UBND", summary="Về việc khác")
    make_document("15/2023/KH-UBND", summary="Kế hoạch khác")
    for typed in ("15/2024", "15/2024/qd-ubnd", "15/2024/QĐ-UBND", "qđ-ubnd 15/2024"[-7:]):
        assert _numbers(client.get(LIST, {"q": typed}))[0] == "15/2024/QĐ-UBND", typed


def test_words_without_diacritics_find_the_summary_and_the_file_text(client):
    with_file = make_document(summary="Về việc ban hành quy chế")
    attach(with_file)  # its PDF speaks of "nghề dệt thổ cẩm"
    make_document(summary="Về việc tổ chức giải bóng chuyền")
    assert _numbers(client.get(LIST, {"q": "det tho cam"})) == [with_file.number]
    assert len(_numbers(client.get(LIST, {"q": "bong chuyen"}))) == 1


def test_filters_narrow_the_list_and_bad_values_are_dropped_with_a_notice(client):
    plan = DocumentType.objects.get(slug="ke-hoach")
    commune = IssuingBody.objects.get(slug="uy-ban-nhan-dan-xa")
    culture = Sector.objects.get(slug="van-hoa")
    today = timezone.localdate()
    a = make_document(doc_type=plan, issuer=commune, sector=culture)
    b = make_document(issued_on=today.replace(year=2019, month=1, day=5))
    c = make_document(effective_on=today + timedelta(days=3))
    assert _numbers(client.get(LIST, {"doc_type": "ke-hoach"})) == [a.number]
    assert _numbers(client.get(LIST, {"issuer": commune.slug, "sector": "van-hoa"})) == [a.number]
    assert _numbers(client.get(LIST, {"year": "2019"})) == [b.number]
    assert _numbers(client.get(LIST, {"validity": "pending"})) == [c.number]
    response = client.get(LIST, {"year": "abc", "doc_type": "khong-co", "page": "x", "sort": "?"})
    assert response.status_code == 200
    assert len(response.context["notices"]) == 3
    assert len(_numbers(response)) == 3
    for junk in ("\x00", "lễ hội " * 60, "'\"<>&|!()*:", "a", "1"):
        assert client.get(LIST, {"q": junk, "page": "99999"}).status_code == 200


def test_sort_by_issue_date_or_relevance(client):
    older = make_document("5/2020/QĐ-UBND", summary="Lễ hội đua thuyền, lễ hội làng, lễ hội")
    newer = make_document("6/2024/TB-UBND", summary="Thông báo có nhắc lễ hội")
    Document.objects.filter(pk=older.pk).update(issued_on=older.issued_on - timedelta(days=900))
    assert _numbers(client.get(LIST, {"q": "lễ hội"})) == [older.number, newer.number]
    assert _numbers(client.get(LIST, {"q": "lễ hội", "sort": "date"})) == [
        newer.number,
        older.number,
    ]


def test_detail_shows_every_field_files_chain_and_related_articles(client):
    article = make_article("Khai mạc lễ hội đua thuyền")
    old = make_document("1/2020/QĐ-UBND")
    document = make_document("15/2024/QĐ-UBND", signer="Nguyễn Văn An", body="Điều 1. Nội dung.")
    document.replaces.add(old)
    document.related_articles.add(article)
    attach(document, name="Quyết định số 15.pdf")
    page = client.get(document.get_absolute_url()).content.decode()
    for text in (
        "15/2024/QĐ-UBND",
        "Quyết định",
        "Nguyễn Văn An",
        "Còn hiệu lực",
        "Điều 1.",
        "Quyết định số 15.pdf",
        "PDF",
        "1/2020/QĐ-UBND",
        "Hết hiệu lực",
        article.title,
    ):
        assert text in page, text
    old_page = client.get(old.get_absolute_url()).content.decode()
    assert "Bị thay thế bởi" in old_page and "15/2024/QĐ-UBND" in old_page


def test_detail_carries_legislation_json_ld_and_old_slugs_redirect(client):
    document = make_document("15/2024/QĐ-UBND")
    page = client.get(document.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "15/2024/QĐ-UBND"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    moved = client.get(reverse("documents:detail", args=["cu", document.pk]))
    assert moved.status_code == 301 and moved["Location"] == document.get_absolute_url()


def test_print_view_rss_and_sitemap_list_public_documents(client):
    document = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội")
    printed = client.get(reverse("documents:print", args=[document.slug, document.pk]))
    assert printed.status_code == 200 and printed["X-Robots-Tag"] == "noindex"
    feed = feedparser.parse(client.get(LIST + "rss/").content)
    assert feed.entries[0].title == "Quyết định số 15/2024/QĐ-UBND"
    sitemap = client.get("/sitemap-van-ban.xml").content.decode()
    assert document.get_absolute_url() in sitemap
    assert "sitemap-van-ban.xml" in client.get("/sitemap.xml").content.decode()


def test_site_search_shows_matching_documents_in_their_own_block(client):
    document = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    page = client.get("/tim-kiem/", {"q": "đua thuyền"}).content.decode()
    assert "Văn bản" in page and document.get_absolute_url() in page


def test_site_search_block_finds_a_document_by_its_number(client):
    document = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    make_document("16/2024/QĐ-UBND", summary="Về việc tổ chức hội thi")
    page = client.get("/tim-kiem/", {"q": "15/2024/qd"}).content.decode()
    assert document.get_absolute_url() in page and "16/2024/QĐ-UBND" not in page


def test_list_runs_the_same_number_of_queries_however_many_documents(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST, {"validity": "in_force"}).status_code == 200
        return len(queries)

    make_document()
    count()  # site chrome and content version cached once
    few = count()
    for _ in range(25):
        make_document()
    count()  # the chrome is kept per content version, which the new documents moved
    assert count() == few


def test_validity_filter_and_displayed_state_follow_the_same_rule():
    today = timezone.localdate()
    make_document(effective_on=today + timedelta(days=1))
    make_document(effective_on=today - timedelta(days=9), expires_on=today + timedelta(days=1))
    make_document(effective_on=today - timedelta(days=9), expires_on=today)
    replaced = make_document()
    make_document().replaces.add(replaced)
    shown = dict(Document.objects.with_validity().values_list("pk", "validity"))
    for state in ("pending", "in_force", "expired"):
        filtered = set(Document.objects.in_state(state).values_list("pk", flat=True))
        assert filtered == {pk for pk, value in shown.items() if value == state}, state


def test_relevance_ranks_the_newest_matches_and_says_so(client, monkeypatch):
    for n in range(5):
        make_document(summary=f"Kế hoạch tổ chức lễ hội số {n}")
    monkeypatch.setattr(search, "MAX_RANKED", 3)
    response = client.get(LIST, {"q": "lễ hội"})
    assert len(_numbers(response)) == 3
    assert "Có ít nhất 3 văn bản phù hợp" in response.content.decode()
    assert response.context["page_obj"].paginator.count == 3
    by_date = client.get(LIST, {"q": "lễ hội", "sort": "date"})
    assert by_date.context["page_obj"].paginator.count == 5


def test_scheduled_document_appears_on_time_with_the_page_cache_on(client, settings):
    settings.PUBLIC_PAGE_CACHE = True
    settings.PUBLIC_PAGE_CACHE_SECONDS = 3600  # only the schedule can refresh the page
    make_document("1/2024/TB-UBND")
    due = timezone.now() + timedelta(minutes=10)
    make_document("2/2024/TB-UBND", published_at=due)
    assert "2/2024/TB-UBND" not in client.get(LIST).content.decode()
    with time_machine.travel(due - timedelta(seconds=5), tick=False):
        assert "2/2024/TB-UBND" not in client.get(LIST).content.decode()
    with time_machine.travel(due + timedelta(seconds=1), tick=False):
        assert "2/2024/TB-UBND" in client.get(LIST).content.decode()
