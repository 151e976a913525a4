"""Every admin page each role can open is Vietnamese: no known English phrase, and no msgid of
Django's or the libraries' catalogues shown untranslated (tests/admin_language.py)."""

import html
import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from taggit.models import Tag

from accounts.roles import Role
from articles.models import Article, Author
from tests.admin_language import english_in, read_msgids, visible_texts
from tests.admin_site_data import CENTER, make_site_content, role_clients
from tests.factories import make_article

pytestmark = pytest.mark.django_db

_INPUT = re.compile(r"<input\b[^>]*>")
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def _hidden_fields(page: str) -> dict:
    """What a form posts when a person fills in nothing: its hidden inputs (formset counts)."""
    fields = {}
    for tag in _INPUT.findall(page):
        attrs = dict(_ATTR.findall(tag))
        if attrs.get("type") == "hidden" and "name" in attrs:
            fields[attrs["name"]] = html.unescape(attrs.get("value", ""))
    return fields


def _model_pages(client, model, model_admin):
    """(label, method, url) of every page of one model this client may open."""
    opts = model._meta
    name = f"admin:{opts.app_label}_{opts.model_name}"
    changelist = reverse(f"{name}_changelist")
    yield "list", "get", changelist
    yield "search", "get", changelist + "?q=zzz"
    yield "add", "post", reverse(f"{name}_add")
    obj = model._default_manager.order_by("-pk").first()  # the newest: the role's own draft
    assert obj is not None, f"no {opts.label} to open: add one to make_site_content()"
    yield "change", "post", reverse(f"{name}_change", args=[obj.pk])
    yield "history", "get", reverse(f"{name}_history", args=[obj.pk])
    yield "delete", "get", reverse(f"{name}_delete", args=[obj.pk])
    yield "bulk delete", "action", changelist + f"?pk={obj.pk}"
    if hasattr(model, "history") and hasattr(model_admin, "history_form_view"):
        record = obj.history.order_by("history_id").first()
        yield "version", "get", reverse(f"{name}_simple_history", args=[obj.pk, record.pk])


def _open(client, method, url):
    """GET the page; for forms, also POST them empty (a page with errors). A refused or missing
    page is itself a page the person sees."""
    base = url.split("?pk=")[0]
    response = client.get(base if method == "action" else url, follow=True)
    assert response.status_code in (200, 403, 404), (url, response.status_code)
    if response.status_code != 200 or method == "get":
        return [response]
    if method == "post":
        return [response, client.post(url, _hidden_fields(response.content.decode()))]
    data = {"action": "delete_selected", "_selected_action": [url.split("?pk=")[1]]}
    return [response, client.post(base, data)]


def _pages(client):
    yield "index", "get", reverse("admin:index")
    yield "password", "post", reverse("admin:password_change")
    yield "not found", "get", "/admin/khong-co-trang-nay/"
    yield "notifications", "get", reverse("notifications:list")
    someone = get_user_model().objects.order_by("-pk").first()
    yield "set password", "post", reverse("admin:auth_user_password_change", args=[someone.pk])
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if (
            client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code
            == 200
        ):
            yield "app", "get", reverse("admin:app_list", args=[opts.app_label])
            yield from _model_pages(client, model, model_admin)


def _english_pages(client) -> dict[str, list[str]]:
    found, seen = {}, set()
    for label, method, url in _pages(client):
        if (method, url) in seen:
            continue
        seen.add((method, url))
        for response in _open(client, method, url):
            bad = english_in(response.content.decode())
            if bad:
                found[f"{label} {method.upper()} {url} ({response.status_code})"] = bad
    return found


@pytest.mark.parametrize("role", list(Role))
def test_every_admin_page_of_every_role_is_vietnamese(role):
    make_site_content()
    client = role_clients()[role]
    user = client.session["_auth_user_id"]
    own = {"created_by_id": user, "authors": Author.objects.all()}
    make_article("Bản nháp của tôi", status=Article.Status.DRAFT, **own)
    found = _english_pages(client)
    assert found == {}, "\n".join(f"{page}\n    " + "\n    ".join(t) for page, t in found.items())


def test_the_check_finds_catalogue_english_and_passes_vietnamese():
    """The detector itself: Django's msgids are read (plural forms too) and judged in context."""
    admin_po = read_msgids(Path(admin.__file__).parent / "locale/en/LC_MESSAGES/django.po")
    assert {"Please correct the error below.", "Please correct the errors below."} <= admin_po
    page = "<p>Please correct the errors below.</p><p>0 access attempts</p><p>Lưu</p>"
    assert len(english_in(page)) == 2
    assert english_in("<h1>Thêm bài viết</h1><input type='submit' value='Lưu'>") == []
    assert visible_texts("<script>var x='Search'</script><input type=submit value=Search>") == [
        "Search"
    ]


def test_permission_names_and_the_admin_title_are_the_centers_own(client):
    make_site_content()
    assert not Permission.objects.filter(name__startswith="Can ").exists()
    clients = role_clients()
    page = clients[Role.ADMINISTRATOR].get(reverse("admin:index")).content.decode()
    assert CENTER in page and "Newsroom" not in page


def test_editor_merges_tags_on_a_vietnamese_page():
    make_site_content()
    editor = role_clients()[Role.EDITOR]
    first = make_article("Hội diễn văn nghệ", tags=["văn nghệ"])
    second = make_article("Liên hoan văn nghệ", tags=["Văn nghệ quần chúng"])
    names = ["văn nghệ", "Văn nghệ quần chúng"]
    tags = list(Tag.objects.filter(name__in=names).values_list("pk", flat=True))
    changelist = reverse("admin:taggit_tag_changelist")
    selected = {"action": "merge_selected", "_selected_action": tags}
    page = editor.post(changelist, selected)
    assert page.status_code == 200 and english_in(page.content.decode()) == []
    assert english_in(editor.get(changelist).content.decode()) == []
    done = editor.post(changelist, {**selected, "name": "Văn nghệ"}, follow=True)
    messages = [str(m) for m in done.context["messages"]]
    assert messages == ["Đã gộp 2 thẻ vào thẻ “Văn nghệ”."], (tags, messages)
    for article in (first, second):
        assert [t.name for t in article.tags.all()] == ["Văn nghệ"]
    assert list(Tag.objects.filter(pk__in=tags).values_list("name", flat=True)) == ["Văn nghệ"]


def test_signing_in_a_stale_form_and_signing_out_are_vietnamese(client):
    make_site_content()
    login = reverse("admin:login")
    pages = [client.get(login), client.post(login, {"username": "quantri", "password": "sai"})]
    stale = Client(enforce_csrf_checks=True).post(login, {"username": "a", "password": "b"})
    assert stale.status_code == 403
    assert "<h1>Chưa gửi được biểu mẫu</h1>" in stale.content.decode()
    signed_in = role_clients()[Role.REPORTER]
    pages += [stale, signed_in.post(reverse("admin:logout"))]
    for page in pages:
        assert english_in(page.content.decode()) == [], page.request["PATH_INFO"]
