"""A fixed number of SQL queries per public page, whatever the amount of data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.menu import category_menu
from core.content_version import content_version
from pages.identity import site_chrome
from tests.public_data import build_site

pytestmark = pytest.mark.django_db


def _surfaces(site):
    article = site.published[0]
    return {
        "home": "/",
        "category": site.categories[1].get_absolute_url(),
        "category page 2": site.categories[0].get_absolute_url() + "?page=2",
        "category page 1 again": site.categories[0].get_absolute_url(),
        "article": article.get_absolute_url(),
        "article again": article.get_absolute_url(),
        "author": site.authors[0].get_absolute_url(),
        "tag": reverse("articles:tag", kwargs={"slug": "tan-phu"}),
        "page": site.pages[0].get_absolute_url(),
        "rss": "/rss/",
        "category rss": reverse("articles:category-feed", args=[site.categories[0].slug]),
        "sitemap": "/sitemap.xml",
        "sitemap articles": "/sitemap-bai-viet.xml",
    }


def _counts(client, site):
    site_chrome()  # the header/footer chrome and the menu are cached; warm them as production would
    category_menu()
    content_version()  # each process keeps it (here for an hour: no clock in the counts)
    counts = {}
    for name, url in _surfaces(site).items():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        counts[name] = len(captured)
    return counts


@pytest.mark.parametrize("size", [25, 70])
def test_query_counts_do_not_grow_with_data(client, django_assert_num_queries, size, settings):
    settings.PUBLIC_VERSION_LOCAL_SECONDS = 3600
    site = build_site(size, covers=False)
    expected = {
        # latest, featured lead, block ids (one UNION ALL), most-read ids, the cards of both
        "home": 5,
        # the category comes from the menu kept per content version; once per version and
        # list the count and each page's first key (core.pagination.PageIndex), then the
        # page's ids from its key, the page's rows
        "category": 4,
        "category page 2": 4,
        "category page 1 again": 2,
        # is it public (URL parts, updated_at); fragments missing: the article, its authors,
        # tags, related list, other news
        "article": 6,
        "article again": 1,  # is it public; every fragment from the cache
        "author": 5,
        "tag": 5,
        "page": 1,
        "rss": 1,
        "category rss": 2,
        "sitemap": 7,  # per section one count, plus latest lastmod of articles, pages, documents
        "sitemap articles": 2,
    }
    assert _counts(client, site) == expected
    # The newest, featured and block ids are kept per content version, the most-read ids a
    # minute: only the cards are read again.
    with django_assert_num_queries(1):
        client.get("/")
