"""HEAD answers like GET on every API URL: the same status and headers, no body."""

import pytest
from django.utils import timezone

from tests.documents_data import attach, make_document
from tests.public_data import build_site

pytestmark = pytest.mark.django_db
API = "/api/v1"
HEADERS = (
    "Content-Type",
    "Cache-Control",
    "ETag",
    "Vary",
    "Access-Control-Allow-Origin",
    "Access-Control-Expose-Headers",
)


def _urls(site, client):
    urls = [f"{API}/openapi.json", f"{API}/docs/", f"{API}/articles/?size=2&page=2"]
    attach(make_document())
    names = ["articles", "categories", "authors", "tags", "pages", "documents"]
    for name in [*names, "document-types", "issuing-bodies", "sectors"]:
        body = client.get(f"{API}/{name}/").json()
        urls += [f"{API}/{name}/", f"{API}/{name}/{body['results'][0]['id']}/"]
    since = f"{timezone.localdate()}T00:00:00"
    urls += [f"{API}/articles/?updated_since={since}", f"{API}/documents/?updated_since={since}"]
    return urls + [f"{API}/articles/987654/", f"{API}/documents/?q=quyet+dinh&year=abc"]


@pytest.mark.parametrize("cache", [False, True], ids=["uncached", "cached"])
def test_head_answers_every_endpoint_like_get_without_a_body(client, settings, cache):
    settings.PUBLIC_PAGE_CACHE = cache
    site = build_site(4, covers=False)
    for url in _urls(site, client):
        got = client.get(url)
        head = client.head(url)
        assert head.status_code == got.status_code, url
        assert head.content == b"", url
        for name in HEADERS:
            assert head.get(name) == got.get(name), (url, name)
        if cache and got.status_code == 200:  # served from the cache: Last-Modified too
            assert head["Last-Modified"] == got["Last-Modified"], url


def test_head_answers_a_conditional_request_with_304(client, settings):
    settings.PUBLIC_PAGE_CACHE = True
    build_site(2, covers=False)
    etag = client.get(f"{API}/articles/")["ETag"]
    fresh = client.head(f"{API}/articles/", HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 304
    uncached_etag = client.get(f"{API}/tags/")["ETag"]
    assert client.head(f"{API}/tags/", HTTP_IF_NONE_MATCH=uncached_etag).status_code == 304
