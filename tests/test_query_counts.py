"""SQL queries per page stay the same however much content there is (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_article, make_author, make_category, make_user

PUBLIC_BUDGET = 10  # queries a public page may run on a cache miss


def add_articles(count, category, authors):
    for i in range(count):
        make_article(
            category=category,
            authors=authors[: 1 + i % len(authors)],
            tags=[f"thẻ {i % 4}", f"chủ đề {i % 3}"],
        )


def queries_for(client, url):
    client.get(url)  # warm the site chrome (cached across requests)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def site(db, settings):
    # The content version is kept per process (an hour here): no clock in the counts.
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    category = make_category("Văn hóa")
    authors = [make_author(), make_author(), make_author()]
    add_articles(12, category, authors)
    return category, authors


def public_urls(category, authors):
    article = category.articles.order_by("-published_at").first()
    return {
        "home": "/",
        "category": category.get_absolute_url(),
        "category p2": category.get_absolute_url() + "?page=2",
        "author": authors[0].get_absolute_url(),
        "article": article.get_absolute_url(),
    }


def test_public_pages_run_a_fixed_small_number_of_queries(client, site):
    category, authors = site
    small = {name: queries_for(client, url) for name, url in public_urls(category, authors).items()}
    add_articles(60, category, authors)
    large = {name: queries_for(client, url) for name, url in public_urls(category, authors).items()}
    assert large == small
    assert max(large.values()) <= PUBLIC_BUDGET


def test_admin_article_list_does_not_grow_with_rows(client, site):
    category, authors = site
    client.force_login(make_user(is_staff=True, is_superuser=True))
    url = reverse("admin:articles_article_changelist")
    few = queries_for(client, url)
    add_articles(100, category, authors)
    assert queries_for(client, url) == few
