"""The legal-document register in the API: what its public pages show, its filters and search,
pages, sync with tombstones, HTTP caching and errors."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from documents.models import Document, DocumentType, IssuingBody, Sector
from tests.documents_data import attach, make_document
from tests.factories import make_article

pytestmark = pytest.mark.django_db
API = "/api/v1"


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:500])
    return response.json()


def numbers(body):
    return [item["number"] for item in body["results"]]


def since(delta=timedelta(hours=1)):
    return (timezone.now() - delta).isoformat().replace("+", "%2B")


def test_document_detail_carries_everything_its_page_shows(client):
    today = timezone.localdate()
    sector = Sector.objects.get(slug="van-hoa")
    old = make_document("3/2020/QĐ-UBND")
    amended = make_document("4/2021/KH-UBND")
    document = make_document(
        "15/2024/QĐ-UBND",
        sector=sector,
        signer="Nguyễn Văn An",
        expires_on=today + timedelta(days=365),
        summary="Về việc tổ chức lễ hội đua thuyền",
        body="Điều 1. Ban hành kế hoạch.",
    )
    document.replaces.add(old)
    document.amends.add(amended)
    file = attach(document, "Quyết định 15.pdf")
    article, draft = make_article("Lễ hội đua thuyền"), make_article(status="draft")
    document.related_articles.add(article, draft)
    body = get_json(client, f"{API}/documents/{document.pk}/")
    assert body["number"] == "15/2024/QĐ-UBND"
    assert body["title"] == "Quyết định số 15/2024/QĐ-UBND"
    assert body["doc_type"]["slug"] == "quyet-dinh"
    assert body["issuer"]["name"] == "Ủy ban nhân dân huyện"
    assert body["sector"]["name"] == "Văn hóa" and body["signer"] == "Nguyễn Văn An"
    assert body["issued_on"] == document.issued_on.isoformat()
    assert body["effective_on"] == document.effective_on.isoformat()
    assert body["expires_on"] == (today + timedelta(days=365)).isoformat()
    assert (body["validity"], body["validity_label"]) == ("in_force", "Còn hiệu lực")
    assert body["summary"] == "Về việc tổ chức lễ hội đua thuyền"
    assert body["body"] == "Điều 1. Ban hành kế hoạch."
    assert body["published_at"].endswith("+07:00")
    assert body["url"] == "http://testserver" + document.get_absolute_url()
    assert body["files"] == [
        {
            "id": file.pk,
            "name": "Quyết định 15.pdf",
            "format": "PDF",
            "content_type": "application/pdf",
            "size": file.size,
            "url": f"http://testserver/van-ban/tep/{file.pk}/",
        }
    ]
    assert [d["number"] for d in body["replaces"]] == ["3/2020/QĐ-UBND"]
    assert [d["number"] for d in body["amends"]] == ["4/2021/KH-UBND"]
    assert body["related_article_ids"] == [article.pk]
    replaced = get_json(client, f"{API}/documents/{old.pk}/")
    assert replaced["validity"] == "expired"
    assert [d["number"] for d in replaced["replaced_by"]] == ["15/2024/QĐ-UBND"]
    assert replaced["replaced_by"][0]["url"] == body["url"]
    amended_body = get_json(client, f"{API}/documents/{amended.pk}/")
    assert [d["id"] for d in amended_body["amended_by"]] == [document.pk]


def test_document_list_is_newest_issued_first_and_filters_like_the_register(client):
    today = timezone.localdate()
    plan = DocumentType.objects.get(slug="ke-hoach")
    commune = IssuingBody.objects.get(slug="uy-ban-nhan-dan-xa")
    sport = Sector.objects.get(slug="the-thao")
    a = make_document("1/2020/KH-UBND", doc_type=plan, issued_on=date(2020, 3, 1))
    b = make_document("2/2023/QĐ-UBND", issuer=commune, sector=sport, issued_on=date(2023, 5, 2))
    c = make_document(
        "3/2024/QĐ-UBND",
        issued_on=date(2024, 1, 9),
        effective_on=today + timedelta(days=3),
    )
    everything = get_json(client, f"{API}/documents/")
    assert [d["id"] for d in everything["results"]] == [c.pk, b.pk, a.pk]
    assert everything["count"] == 3
    assert numbers(get_json(client, f"{API}/documents/?doc_type=ke-hoach")) == [a.number]
    assert numbers(get_json(client, f"{API}/documents/?issuer=uy-ban-nhan-dan-xa")) == [b.number]
    assert numbers(get_json(client, f"{API}/documents/?sector=the-thao")) == [b.number]
    assert numbers(get_json(client, f"{API}/documents/?year=2023")) == [b.number]
    ranged = get_json(client, f"{API}/documents/?issued_from=2023-01-01&issued_to=2024-01-09")
    assert numbers(ranged) == [c.number, b.number]
    assert numbers(get_json(client, f"{API}/documents/?validity=pending")) == [c.number]
    assert numbers(get_json(client, f"{API}/documents/?validity=in_force")) == [
        b.number,
        a.number,
    ]
    assert get_json(client, f"{API}/documents/?doc_type=khong-co")["count"] == 0


def test_document_search_is_the_registers_by_words_and_by_number(client):
    festival = make_document("15/2024/QĐ-UBND", summary="Về việc tổ chức lễ hội đua thuyền")
    make_document("7/2023/KH-UBND", summary="Kế hoạch giải bóng chuyền hơi")
    assert numbers(get_json(client, f"{API}/documents/?q=le+hoi+dua+thuyen")) == [festival.number]
    assert numbers(get_json(client, f"{API}/documents/?q=15/2024")) == [festival.number]
    assert numbers(get_json(client, f"{API}/documents/?q=15/2024/qd-ubnd")) == [festival.number]
    assert get_json(client, f"{API}/documents/?q=tuyen+truyen")["count"] == 0


def test_document_pages_have_a_stable_order(client):
    for n in range(5):
        make_document(f"{n + 1}/2024/QĐ-UBND", issued_on=date(2024, 1, 1))  # same day
    first = get_json(client, f"{API}/documents/?size=2")
    second = get_json(client, first["next"].removeprefix("http://testserver"))
    third = get_json(client, second["next"].removeprefix("http://testserver"))
    seen = numbers(first) + numbers(second) + numbers(third)
    assert len(set(seen)) == 5 and third["next"] is None
    assert get_json(client, f"{API}/documents/?size=2&page=4", status=404)["code"]


def _settle():
    old = timezone.now() - timedelta(days=2)
    Document.objects.update(published_at=old, updated_at=old)


def test_a_sync_sees_files_links_and_renamed_lists_of_a_document(client):
    plan = DocumentType.objects.get(slug="ke-hoach")
    first, second, third, untouched = (
        make_document(),
        make_document(),
        make_document(doc_type=plan),
        make_document(),
    )
    _settle()
    assert get_json(client, f"{API}/documents/?updated_since={since()}")["results"] == []
    attach(first)
    assert numbers(get_json(client, f"{API}/documents/?updated_since={since()}")) == [first.number]
    _settle()
    second.replaces.add(untouched)  # both ends show the link (and its validity changes)
    synced = numbers(get_json(client, f"{API}/documents/?updated_since={since()}"))
    assert sorted(synced) == sorted([second.number, untouched.number])
    _settle()
    plan.name = "Kế hoạch công tác"
    plan.save()
    assert numbers(get_json(client, f"{API}/documents/?updated_since={since()}")) == [third.number]


def test_a_withdrawn_document_is_a_tombstone_for_syncing_clients(client):
    kept, unpublished, deleted = make_document(), make_document(), make_document()
    make_document(status=Document.Status.DRAFT).delete()  # never public: nothing to withdraw
    start = since(timedelta(minutes=1))
    unpublished.status = Document.Status.DRAFT
    unpublished.save()
    deleted_id = deleted.pk
    deleted.delete()
    body = get_json(client, f"{API}/documents/?updated_since={start}")
    assert {t["id"]: t["reason"] for t in body["tombstones"]} == {
        unpublished.pk: "unpublished",
        deleted_id: "deleted",
    }
    assert kept.pk not in [t["id"] for t in body["tombstones"]]
    articles = get_json(client, f"{API}/articles/?updated_since={start}")
    assert articles["tombstones"] == []  # a document's id is not an article's
    unpublished.status = Document.Status.PUBLISHED
    unpublished.save()
    again = get_json(client, f"{API}/documents/?updated_since={start}")
    assert [t["id"] for t in again["tombstones"]] == [deleted_id]


def test_a_document_sync_older_than_the_tombstone_window_is_gone(client, settings):
    settings.API_TOMBSTONE_DAYS = 30
    body = get_json(client, f"{API}/documents/?updated_since={since(timedelta(days=31))}", 410)
    assert body["code"] == "sync_window_exceeded"


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=0",
        "validity=valid",
        "issued_from=2024-02-30",
        "issued_to=1700000000",
        "doc_type=a%20b",
        "updated_since=hôm-qua",
        "size=101",
        f"q={'x' * 201}",
    ],
)
def test_bad_document_parameters_are_a_400_with_a_vietnamese_message(client, query):
    body = get_json(client, f"{API}/documents/?{query}", status=400)
    assert body["code"] == "invalid_parameter"
    assert query.split("=")[0] in body["fields"]


def test_document_answers_carry_validators_follow_the_content_version_and_answer_304(
    client, settings
):
    settings.PUBLIC_PAGE_CACHE = True
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 0
    document = make_document(summary="Về việc tổ chức hội thi")
    first = client.get(f"{API}/documents/")
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    assert first["ETag"] and first["Last-Modified"]
    assert client.get(f"{API}/documents/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    document.summary = "Về việc tổ chức hội thi văn nghệ"
    document.save()
    changed = client.get(f"{API}/documents/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed.json()["results"][0]["summary"] == "Về việc tổ chức hội thi văn nghệ"


def test_document_list_and_detail_run_the_same_number_of_queries_whatever_the_data(
    client, settings
):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600

    def counted(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small_doc = make_document()
    small = (
        counted(f"{API}/documents/?size=100"),
        counted(f"{API}/documents/?size=100&updated_since={since()}"),
        counted(f"{API}/documents/{small_doc.pk}/"),
    )
    sector = Sector.objects.first()
    for _ in range(12):
        document = make_document(sector=sector, signer="Trần Văn Bình")
        document.replaces.add(small_doc)
        document.related_articles.add(make_article())
        attach(document)
    assert (
        counted(f"{API}/documents/?size=100"),
        counted(f"{API}/documents/?size=100&updated_since={since()}"),
        counted(f"{API}/documents/{small_doc.pk}/"),
    ) == small


def test_document_types_issuing_bodies_and_sectors_are_listed_with_their_slugs(client):
    types = get_json(client, f"{API}/document-types/?size=100")
    assert {t["slug"] for t in types["results"]} == set(
        DocumentType.objects.values_list("slug", flat=True)
    )
    body = IssuingBody.objects.get(slug="uy-ban-nhan-dan-huyen")
    assert get_json(client, f"{API}/issuing-bodies/{body.pk}/")["name"] == body.name
    assert get_json(client, f"{API}/sectors/")["count"] == Sector.objects.count()
