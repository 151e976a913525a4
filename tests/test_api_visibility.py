"""One walk over every API endpoint: nothing unpublished ever shows, in any list or detail."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from documents.models import Document
from tests.documents_data import attach, make_document
from tests.public_data import build_site

pytestmark = pytest.mark.django_db
API = "/api/v1"
LISTS = ["articles", "categories", "authors", "tags", "pages"]


def _walk_list(client, url, bodies):
    """Every page of a list, and the detail of every item on it."""
    while url:
        response = client.get(url.removeprefix("http://testserver"))
        assert response.status_code == 200, url
        body = response.json()
        bodies[url] = response.content.decode()
        for item in body["results"]:
            detail = f"{url.split('?')[0]}{item['id']}/"
            bodies[detail] = client.get(detail).content.decode()
        url = body["next"]


def test_unpublished_articles_never_appear_in_any_api_response(client, editor):
    site = build_site(6, covers=False)
    hidden = site.hidden
    assert {a.status for a in hidden} >= {"draft", "pending", "returned", "archived"}
    assert any(a.status == "published" and a.published_at > timezone.now() for a in hidden)
    hidden[0].tags.add("chỉ bản nháp dùng")
    draft_tag = hidden[0].tags.get(name="chỉ bản nháp dùng")
    for article in site.published[:2]:
        article.related_picks.add(*hidden)
    bodies = {}
    for name in LISTS:
        _walk_list(client, f"{API}/{name}/?size=2", bodies)
    filtered = [
        "q=bi+mat",
        "q=Bản+nháp",
        "tag=tan-phu",
        "tag=chi-ban-nhap-dung",
        f"author={site.authors[0].slug}",
        "category=tin-tuc-su-kien",
        f"updated_since={timezone.now().date()}T00:00:00",
    ]
    for query in filtered:
        _walk_list(client, f"{API}/articles/?size=100&{query}", bodies)
    bodies["schema"] = client.get(f"{API}/openapi.json").content.decode()
    hidden_ids = {a.pk for a in hidden}
    for where, text in bodies.items():
        for article in hidden:
            assert article.title not in text, f"{article.status} '{article.title}' in {where}"
            assert article.slug not in text, f"{article.status} slug in {where}"
        assert "chỉ bản nháp dùng" not in text, f"a draft's tag in {where}"
        body = json.loads(text)
        listed = {item["id"] for item in body.get("results", []) if "sapo" in item}
        assert not listed & hidden_ids, where
        assert not set(body.get("related_ids", [])) & hidden_ids, where
    for article in hidden:
        assert client.get(f"{API}/articles/{article.pk}/").status_code == 404
    assert client.get(f"{API}/tags/{draft_tag.pk}/").status_code == 404


def test_unpublished_documents_never_appear_in_any_api_response(client):
    site = build_site(2, covers=False)
    public = make_document("5/2024/QĐ-UBND", summary="Về việc tổ chức hội thi văn nghệ")
    draft = make_document(
        "91/2024/QĐ-BÍMẬT",
        status=Document.Status.DRAFT,
        summary="Dự thảo bí mật chưa công bố",
    )
    scheduled = make_document(
        "92/2024/QĐ-HẸNGIỜ",
        published_at=timezone.now() + timedelta(days=1),
        summary="Văn bản hẹn giờ bí mật",
    )
    hidden = [draft, scheduled]
    for document in hidden:
        attach(document, f"{document.number.replace('/', '-')}.pdf")
    public.replaces.add(draft)
    public.amends.add(scheduled)
    scheduled.replaces.add(public)  # not in effect for readers: `public` stays in force
    public.related_articles.add(site.published[0], *site.hidden)
    bodies = {}
    for name in ["documents", "document-types", "issuing-bodies", "sectors"]:
        _walk_list(client, f"{API}/{name}/?size=3", bodies)
    since = f"{timezone.now().date()}T00:00:00"
    for query in ["q=bi+mat", "q=91/2024", "q=qd-hengio", f"updated_since={since}", "year=2024"]:
        _walk_list(client, f"{API}/documents/?size=100&{query}", bodies)
    hidden_ids = {d.pk for d in hidden}
    for where, text in bodies.items():
        for document in hidden:
            assert document.number not in text, f"'{document.number}' in {where}"
            assert document.summary not in text, f"a hidden summary in {where}"
        body = json.loads(text)
        assert not {item["id"] for item in body.get("results", []) if "number" in item} & (
            hidden_ids
        ), where
        for links in ("replaces", "replaced_by", "amends", "amended_by"):
            assert not {d["id"] for d in body.get(links, [])} & hidden_ids, where
        assert not set(body.get("related_article_ids", [])) & {a.pk for a in site.hidden}
    shown = json.loads(bodies[f"{API}/documents/{public.pk}/"])
    assert shown["validity"] == "in_force" and shown["related_article_ids"] == [
        site.published[0].pk
    ]
    for document in hidden:
        assert client.get(f"{API}/documents/{document.pk}/").status_code == 404
        for file in document.files.all():
            assert client.get(file.get_absolute_url()).status_code == 404
