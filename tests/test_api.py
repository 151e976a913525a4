"""The open-data API as a client uses it: shapes, filters, pages, errors, HTTP caching, CORS."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.workflow import Action, apply
from tests.factories import make_article, make_author, make_category
from tests.public_data import build_site

pytestmark = pytest.mark.django_db
API = "/api/v1"


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ids(body):
    return [item["id"] for item in body["results"]]


def test_article_detail_carries_everything_a_reader_sees(client):
    site = build_site(4)
    article = site.published[0]
    body = get_json(client, f"{API}/articles/{article.pk}/")
    assert body["title"] == article.title
    assert body["sapo"] == article.sapo
    assert body["body"].startswith("<p>")
    assert body["url"] == "http://testserver" + article.get_absolute_url()
    assert body["published_at"].endswith("+07:00")
    assert [a["name"] for a in body["authors"]] == [a.name for a in article.authors.all()]
    assert {t["slug"] for t in body["tags"]} == {"the-thao", "tan-phu"}
    assert [c["slug"] for c in body["category_path"]] == [article.category.slug]
    cover = body["cover"]
    assert cover["url"].startswith("http://testserver/media/covers/")
    assert cover["alt"] == article.cover_alt and cover["width"]
    assert [r["width"] for r in cover["renditions"]] == sorted(
        r["width"] for r in cover["renditions"]
    )
    assert set(body["related_ids"]) <= {a.pk for a in site.published}
    assert body["related_ids"]


def test_child_category_article_shows_its_category_path_from_the_root(client):
    site = build_site(3, covers=False)
    child_article = site.published[2]  # the "Thể thao" child category
    body = get_json(client, f"{API}/articles/{child_article.pk}/")
    assert [c["slug"] for c in body["category_path"]] == ["van-hoa-the-thao", "the-thao"]


def test_article_list_is_newest_first_and_filters_by_category_with_children(client):
    site = build_site(9, covers=False)
    everything = get_json(client, f"{API}/articles/")
    newest = sorted(site.published, key=lambda a: a.published_at, reverse=True)
    assert ids(everything) == [a.pk for a in newest]
    culture = get_json(client, f"{API}/articles/?category=van-hoa-the-thao")
    expected = [a.pk for a in newest if a.category in site.categories[1:]]
    assert ids(culture) == expected and culture["count"] == len(expected)


def test_article_list_filters_by_tag_author_and_dates(client):
    site = build_site(6, covers=False)
    author = site.authors[1]
    by_author = get_json(client, f"{API}/articles/?author={author.slug}")
    assert set(ids(by_author)) == {a.pk for a in site.published if author in a.authors.all()}
    by_tag = get_json(client, f"{API}/articles/?tag=van-hoa")
    assert set(ids(by_tag)) == {a.pk for i, a in enumerate(site.published) if i % 2}
    today = timezone.localdate()
    recent = get_json(client, f"{API}/articles/?published_from={today}&published_to={today}")
    assert set(ids(recent)) == {
        a.pk for a in site.published if timezone.localdate(a.published_at) == today
    }


def test_search_uses_the_site_search_without_diacritics(client):
    make_article("Hội nghị tổng kết công tác văn hóa")
    make_article("Giải bóng đá thiếu niên")
    body = get_json(client, f"{API}/articles/?q=hoi+nghi")
    assert [r["title"] for r in body["results"]] == ["Hội nghị tổng kết công tác văn hóa"]
    assert get_json(client, f"{API}/articles/?q=+h+")["count"] == 0  # too short: nothing


def test_pages_have_a_stable_order_and_links_to_the_next_and_previous(client):
    category = make_category()
    for _ in range(5):
        make_article(category=category)
    first = get_json(client, f"{API}/articles/?size=2")
    second = get_json(client, first["next"].removeprefix("http://testserver"))
    third = get_json(client, second["next"].removeprefix("http://testserver"))
    assert first["count"] == 5 and first["previous"] is None
    assert len(set(ids(first) + ids(second) + ids(third))) == 5
    assert third["next"] is None and "page=2" in third["previous"]


@pytest.mark.parametrize(
    "query",
    [
        "size=0",
        "size=101",
        "page=0",
        "page=abc",
        "size=1e3",
        "published_from=2026-02-30",
        "updated_since=hôm-qua",
        "updated_since=3.06e-283",
        "published_from=1700000000",
        "updated_since=2026-12-01",
        "category=%00",
        "tag=a%20b",
        f"author={'x' * 141}",
    ],
)
def test_bad_parameters_are_a_400_with_a_vietnamese_message(client, query):
    body = get_json(client, f"{API}/articles/?{query}", status=400)
    assert body["code"] == "invalid_parameter"
    assert body["message"] == "Tham số không hợp lệ." or body["fields"]
    name = query.split("=")[0]
    assert name in body["fields"]


def test_extreme_dates_are_answered_not_crashed(client):
    make_article()
    body = get_json(client, f"{API}/articles/?published_from=0001-01-01&published_to=9999-12-31")
    assert body["count"] == 1
    for since in ["2030-10-20T09:46:54%2B21:25", "9999-12-31T23:59:59-23:59"]:
        assert get_json(client, f"{API}/articles/?updated_since={since}")["count"] == 0


def test_unknown_ids_and_pages_past_the_end_are_a_404_in_json(client):
    make_article()
    assert get_json(client, f"{API}/articles/987654/", status=404)["message"] == "Không tìm thấy."
    assert get_json(client, f"{API}/articles/{2**63}/", status=400)["fields"]["id"]
    assert get_json(client, f"{API}/articles/?page=2", status=404)["code"] == "page_not_found"
    assert get_json(client, f"{API}/categories/987654/", status=404)["code"] == "not_found"


def test_categories_authors_tags_and_static_pages_list_and_detail(client):
    site = build_site(4, covers=False)
    categories = get_json(client, f"{API}/categories/")
    assert [c["slug"] for c in categories["results"]] == [c.slug for c in site.categories]
    sport = get_json(client, f"{API}/categories/{site.categories[2].pk}/")
    assert sport["parent_id"] == site.categories[1].pk
    authors = get_json(client, f"{API}/authors/")
    assert {a["name"] for a in authors["results"]} == {a.name for a in site.authors}
    tags = get_json(client, f"{API}/tags/")
    assert {t["slug"] for t in tags["results"]} == {"van-hoa", "the-thao", "tan-phu"}
    pages = get_json(client, f"{API}/pages/")
    about = next(p for p in pages["results"] if p["url_en"])
    detail = get_json(client, f"{API}/pages/{about['id']}/")
    assert detail["title_en"] and detail["body_en"]
    assert detail["url_en"].endswith("/en/")


def test_list_and_detail_run_the_same_number_of_queries_whatever_the_data(client, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600  # the content version: read after a change only
    category = make_category()
    authors = [make_author(), make_author()]

    def counted(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make_article(category=category, authors=authors, tags=["a", "b"])
    small = counted(f"{API}/articles/?size=100"), counted(f"{API}/tags/")
    for i in range(15):
        make_article(category=category, authors=authors[: 1 + i % 2], tags=[f"t{i}", "b"])
    assert (counted(f"{API}/articles/?size=100"), counted(f"{API}/tags/")) == small
    article = make_article(category=category, authors=authors, tags=["x", "y", "z"])
    assert counted(f"{API}/articles/{article.pk}/") <= 6


def test_a_withdrawn_article_is_a_tombstone_for_syncing_clients(client, editor):
    kept, unpublished, deleted = make_article(), make_article(), make_article()
    since = (timezone.now() - timedelta(minutes=1)).isoformat()
    apply(unpublished, Action.UNPUBLISH, editor)
    deleted_id = deleted.pk
    deleted.delete()
    make_article(status="draft").delete()  # never public: nothing to withdraw
    body = get_json(client, f"{API}/articles/?updated_since={since.replace('+', '%2B')}")
    assert ids(body) == [kept.pk]
    tombstones = {t["id"]: t["reason"] for t in body["tombstones"]}
    assert tombstones == {unpublished.pk: "unpublished", deleted_id: "deleted"}
    assert get_json(client, f"{API}/articles/{unpublished.pk}/", status=404)


def test_a_republished_article_loses_its_tombstone(client, editor):
    article = make_article()
    since = (timezone.now() - timedelta(minutes=1)).isoformat().replace("+", "%2B")
    apply(article, Action.UNPUBLISH, editor)
    article.refresh_from_db()
    article.status = "published"
    article.save()
    body = get_json(client, f"{API}/articles/?updated_since={since}")
    assert body["tombstones"] == [] and ids(body) == [article.pk]


def test_a_sync_older_than_the_tombstone_window_is_gone(client, settings):
    settings.API_TOMBSTONE_DAYS = 30
    old = (timezone.now() - timedelta(days=31)).date().isoformat()
    body = get_json(client, f"{API}/articles/?updated_since={old}T00:00:00", status=410)
    assert body["code"] == "sync_window_exceeded" and "30 ngày" in body["message"]


def test_a_scheduled_article_reaches_an_incremental_sync_when_its_time_comes(client):
    article = make_article(published_at=timezone.now() - timedelta(seconds=1))
    type(article).objects.filter(pk=article.pk).update(
        updated_at=timezone.now() - timedelta(days=2)
    )
    since = (timezone.now() - timedelta(hours=1)).isoformat().replace("+", "%2B")
    assert ids(get_json(client, f"{API}/articles/?updated_since={since}")) == [article.pk]


def test_responses_carry_cache_validators_and_answer_304(client, settings):
    settings.PUBLIC_PAGE_CACHE = True
    make_article()
    first = client.get(f"{API}/articles/")
    assert "max-age=60" in first["Cache-Control"] and "public" in first["Cache-Control"]
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(f"{API}/articles/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_cache_follows_the_content_version(client, settings):
    settings.PUBLIC_PAGE_CACHE = True
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 0
    make_article("Bài thứ nhất")
    assert get_json(client, f"{API}/articles/")["count"] == 1
    make_article("Bài thứ hai")
    assert get_json(client, f"{API}/articles/")["count"] == 2


def test_a_list_count_is_kept_until_the_content_changes(client, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    make_article()
    assert get_json(client, f"{API}/articles/?size=1")["count"] == 1
    with CaptureQueriesContext(connection) as queries:
        assert get_json(client, f"{API}/articles/?size=1&page=1")["count"] == 1
    assert not any("COUNT(" in query["sql"] for query in queries.captured_queries)
    make_article()
    assert get_json(client, f"{API}/articles/?size=1")["count"] == 2


def test_any_origin_may_read_without_credentials(client):
    make_article()
    response = client.get(f"{API}/articles/", HTTP_ORIGIN="https://cong-tinh.example.vn")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert client.get(f"{API}/articles/?size=0")["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        f"{API}/articles/",
        HTTP_ORIGIN="https://cong-tinh.example.vn",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="If-None-Match",
    )
    assert preflight.status_code == 204
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert client.post(f"{API}/articles/").status_code == 405  # read-only


def test_the_openapi_schema_is_3_1_with_vietnamese_descriptions(client):
    schema = get_json(client, f"{API}/openapi.json")
    assert schema["openapi"].startswith("3.1")
    assert "/api/v1/articles/" in schema["paths"] and "/api/v1/pages/{id}/" in schema["paths"]
    params = {p["name"]: p for p in schema["paths"]["/api/v1/articles/"]["get"]["parameters"]}
    assert {"page", "size", "category", "tag", "author", "updated_since", "q"} <= set(params)
    assert "chuyên mục con" in params["category"]["description"]


def test_the_docs_page_loads_only_local_assets(client):
    response = client.get(f"{API}/docs/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html


def test_an_address_over_the_api_limit_gets_a_json_429(client, settings):
    settings.RATE_LIMIT_API = "3/m"
    make_article("Tin một")
    for _ in range(3):
        assert client.get("/api/v1/articles/").status_code == 200
    response = client.get("/api/v1/articles/")
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited"
    assert "thử lại sau" in response.json()["message"]
    assert int(response["Retry-After"]) >= 1
