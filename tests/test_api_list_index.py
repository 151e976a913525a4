"""The API's article list read as the site's category pages are (core.pagination's page
index, SQL compiled once): no count and no offset per request, never anything unpublished,
and the same bytes as django-ninja writes through ArticlePage."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from api import listing, schemas
from api.params import ArticleFilters
from api.views import api
from articles.models import Article
from articles.workflow import Action, apply
from tests.factories import make_article, make_author, make_category

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PUBLIC_PAGE_CACHE = False


def get(client, url):
    response = client.get(f"{API}/articles/{url}")
    assert response.status_code == 200, response.content[:500]
    return response.json()


def ids(body):
    return [item["id"] for item in body["results"]]


def newest_first(articles):
    return [a.pk for a in sorted(articles, key=lambda a: (a.published_at, a.pk), reverse=True)]


def test_a_deep_page_reads_neither_a_count_nor_an_offset(client, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    parent = make_category("Thời sự")
    child = make_category("Trong nước", parent=parent)
    author = make_author()
    articles = [
        make_article(category=child if i % 2 else parent, authors=[author], tags=["bầu cử"])
        for i in range(7)
    ]
    make_article()  # another category, tag and author
    order = newest_first(articles)
    for query in ("", "category=thoi-su&", "tag=bau-cu&", f"author={author.slug}&"):
        get(client, f"?{query}size=2")  # the list's index, once per content version
        with CaptureQueriesContext(connection) as queries:
            body = get(client, f"?{query}size=2&page=3")
        read = " ".join(q["sql"] for q in queries.captured_queries).upper()
        # Tags' and authors' lists, unbounded in number, keep no index: they count (kept in
        # the cache) and read their page by offset.
        indexed = "tag" not in query and "author" not in query
        assert ("OFFSET" not in read and "COUNT(" not in read) == indexed, query
        assert ids(body) == order[4:6], query
        assert body["count"] == (8 if query == "" else 7)


def test_an_article_withdrawn_before_the_index_moves_is_never_listed(client, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600  # this process trusts its version for long
    articles = [make_article() for _ in range(4)]
    order = newest_first(articles)
    assert ids(get(client, "?size=2")) == order[:2]
    # Unpublished by a bulk write (no signal, no new version): the index is now stale.
    Article.objects.filter(pk=order[1]).update(status="draft")
    # Pages keep their first keys until the version moves (within a second in production):
    # the next public article moves up, the withdrawn one is on no page.
    assert ids(get(client, "?size=2")) == [order[0], order[2]]
    assert ids(get(client, "?size=2&page=2")) == order[2:]


def test_a_scheduled_article_joins_the_list_and_its_count_when_due(client):
    make_article("Tin đã đăng")
    due = timezone.now() + timedelta(minutes=10)
    scheduled = make_article("Tin hẹn giờ", published_at=due)
    assert get(client, "")["count"] == 1
    with time_machine.travel(due - timedelta(seconds=5), tick=False):
        assert scheduled.pk not in ids(get(client, ""))
    with time_machine.travel(due + timedelta(seconds=2), tick=False):
        body = get(client, "")
        assert body["count"] == 2 and ids(body)[0] == scheduled.pk


@pytest.mark.parametrize(
    "query",
    [
        {"size": 1, "page": 2},
        {"size": 5},
        {"size": 1, "category": "van-hoa"},
        {"size": 1, "page": 2, "published_from": "2000-01-01"},
        {"size": 1, "since": True},
    ],
)
def test_the_page_is_byte_for_byte_what_ninja_writes(client, editor, query):
    since = timezone.now() - timedelta(minutes=1)
    category = make_category("Văn hóa")
    make_article("Lễ hội", category=category, authors=[make_author()], tags=["lễ hội"])
    make_article("Đua thuyền", category=category, tags=["b", "a"])
    apply(make_article(), Action.UNPUBLISH, editor)  # a tombstone for the sync
    params = {k: v for k, v in query.items() if k != "since"}
    if query.get("since"):
        params["updated_since"] = since.isoformat()
    url = f"{API}/articles/?" + "&".join(
        f"{k}={str(v).replace('+', '%2B')}" for k, v in params.items()
    )
    served = client.get(url).content
    request = RequestFactory().get(url)
    body = listing.article_list(request, ArticleFilters(**params))
    order = [row.pk for row in body["results"]]
    loaded = {article.pk: article for article in listing.summary_rows(order)}
    body["results"] = [loaded[pk] for pk in order]
    context = {"request": request, "response_status": 200}
    dumped = schemas.ArticlePage.model_validate(body, context=context).model_dump()
    assert served == api.renderer.render(request, dumped, response_status=200).encode()
    assert bool(dumped["tombstones"]) == bool(query.get("since"))
