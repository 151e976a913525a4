"""The page cache's front door: a reader's cached page is answered before the rest of the
middleware, with the very headers the whole stack gave it."""

import pytest
from django.conf import settings as django_settings

from tests.factories import make_article

pytestmark = pytest.mark.django_db
INNER_CALLS = []


class CountingMiddleware:
    """Placed right after the front door: records every request that goes further."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        INNER_CALLS.append(request.path)
        return self.get_response(request)


@pytest.fixture
def counted(settings):
    middleware = list(django_settings.MIDDLEWARE)
    assert middleware[0] == "articles.page_cache.PublicPageFrontMiddleware"
    settings.MIDDLEWARE = [middleware[0], f"{__name__}.CountingMiddleware", *middleware[1:]]
    INNER_CALLS.clear()
    return INNER_CALLS


def test_a_cached_page_is_answered_before_the_rest_of_the_stack(client, page_cache, counted):
    make_article("Lễ hội đua thuyền")
    first = client.get("/")
    assert counted == ["/"]
    again = client.get("/")
    assert counted == ["/"]  # nothing below the front door ran
    assert again.content == first.content
    assert sorted(again.items()) == sorted(first.items())  # CSP, HSTS, X-Frame-Options…


def test_a_reader_with_a_session_cookie_is_served_the_same_copy(client, page_cache, counted):
    make_article("Lễ hội đua thuyền")
    first = client.get("/")
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "het-han-hoac-gia-mao"
    again = client.get("/")
    assert counted == ["/", "/"]  # the session decides, further in
    assert again.content == first.content
    assert "public" in again["Cache-Control"]
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_response_given_a_cookie_by_the_outer_middleware_is_not_stored(
    client, page_cache, counted, settings
):
    settings.ROOT_URLCONF = "tests.page_cache_urls"
    first = client.get("/t/csrf/")
    assert first.cookies  # the CSRF middleware, below the front door, set it
    assert client.get("/t/csrf/").content != first.content
    assert counted == ["/t/csrf/", "/t/csrf/"]


def test_unknown_paths_and_posts_go_through_the_stack(client, page_cache, counted):
    assert client.get("/khong-co-trang-nay/").status_code == 404
    assert client.get("/khong-co-trang-nay/").status_code == 404
    client.post("/")
    assert counted == ["/khong-co-trang-nay/", "/khong-co-trang-nay/", "/"]


def test_a_disallowed_host_is_refused_not_served(client, page_cache, counted):
    make_article()
    client.get("/")
    assert client.get("/", headers={"host": "ke-gian.example"}).status_code == 400
