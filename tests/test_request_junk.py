"""Junk and hostile requests get sane answers (200/301/400/404), never a 500."""

from urllib.parse import urlencode, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_article, make_author, make_user

pytestmark = pytest.mark.django_db

PAGE_JUNK = [
    "abc",
    "-1",
    "0",
    "1.5",
    "1e3",
    "",
    "99999999999999999999999999",
    "\x00",
    "1;DROP TABLE articles_article",
    "١٢",  # Arabic-Indic digits
    "trang-hai",
    "9" * 5000,
]


@pytest.fixture
def lists():
    author = make_author()
    articles = [make_article(authors=[author]) for _ in range(3)]
    category = articles[0].category
    for article in articles[1:]:
        article.category = category
        article.save()
    return {
        "home": reverse("articles:home"),
        "category": category.get_absolute_url(),
        "author": author.get_absolute_url(),
    }


@pytest.fixture
def client():
    # Answer with what a browser would see instead of re-raising server errors.
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("value", PAGE_JUNK)
@pytest.mark.parametrize("page", ["home", "category", "author"])
def test_page_junk_never_breaks_a_list(client, lists, page, value):
    response = client.get(lists[page], {"page": value})
    assert response.status_code == 200
    if page != "home":
        assert response.context["page_obj"].number >= 1


def test_last_page_is_shown_for_a_page_past_the_end(client, lists):
    response = client.get(lists["category"], {"page": "500"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == response.context["page_obj"].paginator.num_pages


@pytest.mark.parametrize("page", ["category", "author"])
def test_a_thousand_and_one_query_parameters_is_a_400(client, lists, page):
    query = urlencode({f"p{i}": i for i in range(1001)})
    response = client.get(f"{lists[page]}?{query}")
    assert response.status_code == 400


def test_a_thousand_and_one_form_fields_is_a_400(client):
    fields = {f"f{i}": "x" for i in range(1001)}
    fields.update(username="ai-do", password="sai")
    response = client.post(reverse("admin:login"), fields)
    assert response.status_code == 400


def test_a_thousand_form_fields_still_work(client):
    user = make_user(is_staff=True)
    fields = {f"f{i}": "x" for i in range(997)}
    fields.update(username=user.username, password="mat-khau-thu-nghiem-1")
    fields["next"] = reverse("admin:index")
    response = client.post(reverse("admin:login"), fields)
    assert response.status_code == 302


@pytest.mark.parametrize("page", ["home", "category", "author"])
def test_a_100_kb_query_string_is_answered(client, lists, page):
    response = client.get(lists[page], {"q": "á" * 50_000, "page": "2" * 1000})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "tin.example.vn.evil.example", "127.0.0.1:80@evil.example", "a" * 300]
)
def test_spoofed_host_is_refused(client, lists, host):
    response = client.get(lists["home"], HTTP_HOST=host)
    assert response.status_code == 400


def test_forwarded_host_is_not_trusted(client, lists):
    article_url = make_article().get_absolute_url()
    response = client.get(article_url, HTTP_X_FORWARDED_HOST="evil.example")
    assert response.status_code == 200
    assert b"evil.example" not in response.content


OFF_SITE = [
    "//evil.example",
    "https://evil.example",
    "http://evil.example/admin/",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "https:evil.example",
    "/\t/evil.example",
    "///evil.example",
    "http://testserver@evil.example",
]


def _assert_on_site(location):
    parts = urlsplit(location)
    assert parts.scheme in ("", "http", "https"), location
    assert parts.netloc in ("", "testserver"), location
    assert not location.startswith(("//", "/\\", "\\")), location


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_never_redirects_off_site(client, target):
    user = make_user(is_staff=True)
    response = client.post(
        f"{reverse('admin:login')}?{urlencode({'next': target})}",
        {"username": user.username, "password": "mat-khau-thu-nghiem-1", "next": target},
    )
    assert response.status_code == 302
    _assert_on_site(response["Location"])
    assert response["Location"] == reverse("admin:index")


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_page_with_hostile_next_renders_safely(client, target):
    response = client.get(reverse("admin:login"), {"next": target})
    assert response.status_code == 200
    assert b'href="javascript:' not in response.content.lower()


@pytest.mark.parametrize("target", OFF_SITE)
def test_logged_in_editor_visiting_login_stays_on_site(client, target):
    client.force_login(make_user(is_staff=True))
    response = client.get(reverse("admin:login"), {"next": target})
    assert response.status_code == 302
    _assert_on_site(response["Location"])


@pytest.mark.parametrize(
    "path",
    [
        "/%00/",
        "/%ff%fe/",
        "/tac-gia/%E0%A4/",
        "/chuyen-muc/bai-viet-99999999999999999999999.html",
        "/" + "a" * 5000 + "/",
        "/media/../../etc/passwd",
    ],
)
def test_malformed_paths_are_404_not_500(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), response.status_code
