"""Every part of the admin belongs to a role; the center's pages are managed without a superuser;
the admin's own error pages are Vietnamese and look like the admin."""

import pytest
from django.contrib import admin
from django.urls import reverse

from accounts.roles import Role
from pages.models import PortalLink, SiteIdentity, StaticPage
from tests.admin_language import english_in
from tests.admin_site_data import CENTER, CENTER_SHORT, make_site_content, role_clients

pytestmark = pytest.mark.django_db


@pytest.fixture
def clients():
    make_site_content()
    return role_clients()


def _url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_model_in_the_admin_is_reached_by_some_role(clients):
    """A new app registered in the admin and given to no role fails here, not in production."""
    unreached = []
    for model in admin.site._registry:
        statuses = {
            role: c.get(_url(model, "changelist")).status_code for role, c in clients.items()
        }
        if 200 not in statuses.values():
            unreached.append(model._meta.label)
    assert unreached == []


def test_administrator_manages_the_centers_identity_links_and_pages(clients):
    client = clients[Role.ADMINISTRATOR]
    identity = SiteIdentity.objects.get()
    assert f"| {CENTER_SHORT}</title>" in client.get(reverse("admin:index")).content.decode()
    response = client.post(
        _url(SiteIdentity, "change", identity.pk),
        {"name": CENTER, "short_name": "TTVH-TT Tân Lạc", "phone": "0218 3999 999"},
    )
    assert response.status_code == 302
    assert SiteIdentity.objects.get().phone == "0218 3999 999"
    index = client.get(reverse("admin:index")).content.decode()
    assert "| TTVH-TT Tân Lạc</title>" in index  # the admin's title follows at once

    response = client.post(
        _url(PortalLink, "add"),
        {"title": "Cổng Dịch vụ công", "url": "dichvucong.gov.vn", "position": 1},
    )
    assert response.status_code == 302
    assert PortalLink.objects.filter(url="https://dichvucong.gov.vn").exists()

    page = {"title": "Liên hệ", "slug": "lien-he", "body": "<p>Số 1 Tân Lạc</p>", "position": 2}
    page.update(is_published="on", title_en="Contact", body_en="<p>No. 1, Tan Lac</p>")
    assert client.post(_url(StaticPage, "add"), page).status_code == 302
    assert StaticPage.objects.get(slug="lien-he").has_english
    old = StaticPage.objects.get(slug="gioi-thieu")
    deleted = client.post(_url(StaticPage, "delete", old.pk), {"post": "yes"}, follow=True)
    assert deleted.status_code == 200 and not StaticPage.objects.filter(pk=old.pk).exists()
    assert english_in(deleted.content.decode()) == []


def test_editor_edits_static_pages_but_not_the_identity(clients):
    client = clients[Role.EDITOR]
    page = StaticPage.objects.get()
    form = {"title": page.title, "slug": page.slug, "body": "<p>Chức năng mới.</p>", "position": 0}
    form.update(is_published="on", title_en="About us", body_en="<p>New duties.</p>")
    saved = client.post(_url(StaticPage, "change", page.pk), form, follow=True)
    [message] = [str(m) for m in saved.context["messages"]]
    assert message.endswith("Giới thiệu</a>” đã được thay đổi thành công.")
    assert english_in(saved.content.decode()) == []
    page.refresh_from_db()
    assert (page.body, page.title_en) == ("<p>Chức năng mới.</p>", "About us")
    assert client.get(_url(StaticPage, "add")).status_code == 403
    assert client.get(_url(StaticPage, "delete", page.pk)).status_code == 403
    assert client.get(_url(SiteIdentity, "changelist")).status_code == 403
    assert client.get(_url(PortalLink, "changelist")).status_code == 403


def _looks_like_the_admin(response, title):
    html = response.content.decode()
    assert 'id="site-name"' in html and 'id="nav-sidebar"' in html  # the admin's frame
    assert f"<h1>{title}</h1>" in html
    assert CENTER in html  # the center's own name in the header, not "Newsroom"
    for english in ("Forbidden", "Not Found", "Not found", "Bad Request", "Django"):
        assert english not in html


def test_admin_403_and_404_are_vietnamese_in_the_admins_frame(clients):
    reporter = clients[Role.REPORTER]
    forbidden = reporter.get(reverse("admin:auth_user_changelist"))
    assert forbidden.status_code == 403
    _looks_like_the_admin(forbidden, "Không có quyền truy cập")
    missing = reporter.get("/admin/khong-co-trang-nay/")
    assert missing.status_code == 404
    _looks_like_the_admin(missing, "Không tìm thấy trang")


def test_admin_400_is_vietnamese_and_reads_no_session(clients, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    response = clients[Role.EDITOR].post(
        reverse("admin:articles_article_changelist"), {f"f{n}": "x" for n in range(10)}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="site-name"' in html and "<h1>Yêu cầu không hợp lệ</h1>" in html
    assert 'id="nav-sidebar"' not in html


def test_public_error_pages_stay_the_sites_own(client, clients):
    missing = client.get("/khong-co-trang-nay/")
    assert missing.status_code == 404
    html = missing.content.decode()
    assert "Không tìm thấy trang" in html and 'id="site-name"' not in html
