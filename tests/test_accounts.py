"""User management by administrators, the audit log, and login throttling."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from accounts.names import display_name
from accounts.roles import Role, assign_role, role_of
from core.client_ip import client_ip
from tests.factories import make_user

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "mat-khau-thu-nghiem-1"
USERS = reverse("admin:auth_user_changelist")


def _user_form(user, **changes):
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "role": role_of(user) or "",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "",
        "date_joined_1": "",
    }
    if user.is_active:
        data["is_active"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.mark.parametrize("who", ["reporter", "editor"])
def test_only_administrators_open_user_management(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(USERS).status_code == 403
    assert client.get(reverse("admin:auth_user_add")).status_code == 403
    assert client.get(reverse("admin:accounts_auditentry_changelist")).status_code == 403


def test_role_is_one_clear_choice_and_raw_permissions_are_hidden(client, administrator, reporter):
    client.force_login(administrator)
    page = client.get(reverse("admin:auth_user_change", args=[reporter.pk]))
    form = page.context["adminform"].form
    assert [value for value, _label in form.fields["role"].choices] == [
        "administrator",
        "editor",
        "reporter",
        "clerk",
    ]
    for hidden in ("is_superuser", "user_permissions", "groups", "is_staff"):
        assert hidden not in form.fields


def test_administrator_creates_user_with_role_and_it_is_recorded(client, administrator):
    client.force_login(administrator)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "phongvien_moi",
            "usable_password": "true",
            "password1": "Mot-mat-khau-dai-2026",
            "password2": "Mot-mat-khau-dai-2026",
            "role": "reporter",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="phongvien_moi")
    assert role_of(user) == Role.REPORTER
    assert user.is_staff and not user.is_superuser
    actions = set(AuditEntry.objects.filter(target=user).values_list("action", "actor"))
    assert actions == {("created", administrator.pk), ("role_changed", administrator.pk)}


def test_role_change_and_deactivation_are_recorded(client, administrator, reporter):
    client.force_login(administrator)
    url = reverse("admin:auth_user_change", args=[reporter.pk])
    response = client.post(url, _user_form(reporter, role="editor", is_active=None))
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert role_of(reporter) == Role.EDITOR
    assert not reporter.is_active
    change = AuditEntry.objects.get(target=reporter, action="role_changed", actor=administrator)
    assert (change.actor, change.old_value, change.new_value) == (
        administrator,
        "Phóng viên",
        "Biên tập viên",
    )
    assert AuditEntry.objects.filter(target=reporter, action="deactivated").count() == 1


def test_bulk_deactivate_is_recorded_and_spares_oneself(client, administrator, reporter):
    client.force_login(administrator)
    client.post(
        USERS,
        {"action": "deactivate_users", "_selected_action": [reporter.pk, administrator.pk]},
    )
    reporter.refresh_from_db()
    administrator.refresh_from_db()
    assert not reporter.is_active
    assert administrator.is_active
    deactivations = AuditEntry.objects.filter(action="deactivated")
    assert list(deactivations.values_list("target_username", "actor")) == [
        ("phongvien", administrator.pk)
    ]


def test_administrator_cannot_grant_superuser_or_raw_permissions(client, administrator, reporter):
    client.force_login(administrator)
    url = reverse("admin:auth_user_change", args=[reporter.pk])
    client.post(url, _user_form(reporter, is_superuser="on", is_staff="on", user_permissions=[1]))
    reporter.refresh_from_db()
    assert not reporter.is_superuser
    assert not reporter.user_permissions.exists()


def test_only_superusers_change_superusers(client, administrator):
    root = make_user("root", is_superuser=True, is_staff=True)
    client.force_login(administrator)
    url = reverse("admin:auth_user_change", args=[root.pk])
    page = client.get(url)
    assert page.status_code == 200 and page.context["has_change_permission"] is False
    assert client.post(url, _user_form(root, is_active=None)).status_code == 403
    password_url = reverse("admin:auth_user_password_change", args=[root.pk])
    assert client.get(password_url).status_code == 403
    root.refresh_from_db()
    assert root.is_active


def test_superuser_can_make_a_superuser(client, reporter):
    root = make_user("root", is_superuser=True, is_staff=True)
    client.force_login(root)
    url = reverse("admin:auth_user_change", args=[reporter.pk])
    client.post(url, _user_form(reporter, is_superuser="on"))
    reporter.refresh_from_db()
    assert reporter.is_superuser


def test_password_reset_by_administrator_is_recorded(client, administrator, reporter):
    client.force_login(administrator)
    url = reverse("admin:auth_user_password_change", args=[reporter.pk])
    response = client.post(
        url,
        {
            "password1": "Mat-khau-moi-2026",
            "password2": "Mat-khau-moi-2026",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert reporter.check_password("Mat-khau-moi-2026")
    assert AuditEntry.objects.filter(target=reporter, action="password_reset").exists()


def test_audit_log_is_read_only_for_administrators(client, administrator, reporter):
    client.force_login(administrator)
    client.post(USERS, {"action": "deactivate_users", "_selected_action": [reporter.pk]})
    entry = AuditEntry.objects.get(action="deactivated")
    assert client.get(reverse("admin:accounts_auditentry_changelist")).status_code == 200
    assert client.get(reverse("admin:accounts_auditentry_add")).status_code == 403
    change = reverse("admin:accounts_auditentry_change", args=[entry.pk])
    assert client.post(change, {"action": "activated"}).status_code == 403
    delete = reverse("admin:accounts_auditentry_delete", args=[entry.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.get(pk=entry.pk).action == "deactivated"


# --- login throttling ------------------------------------------------------------
LOGIN = reverse("admin:login")


def _login(client, username, password, ip="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def _logged_in(response):
    return response.status_code == 302


def _fail(client, username, times, ip="10.0.0.1"):
    for _ in range(times):
        assert _login(client, username, "sai-mat-khau", ip).status_code == 200


def test_unknown_user_and_wrong_password_get_the_same_message(client, reporter):
    unknown = _login(client, "khong-ton-tai", "sai-mat-khau")
    wrong = _login(client, reporter.username, "sai-mat-khau")
    assert unknown.context["form"].errors == wrong.context["form"].errors


def test_lockout_by_username_and_address_then_cool_off(client, reporter, editor, settings):
    limit = settings.AXES_FAILURE_LIMIT
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        _fail(client, reporter.username, limit - 1)
        assert _login(client, reporter.username, "sai-mat-khau").status_code == 429
        locked = _login(client, reporter.username, PASSWORD)
        assert locked.status_code == 429
        assert "Tạm khóa đăng nhập" in locked.content.decode()
        assert "15 phút" in locked.content.decode()
        # Same user from another address, another user from the same address: not locked.
        assert _logged_in(_login(client, reporter.username, PASSWORD, ip="10.0.0.2"))
        client.logout()
        assert _logged_in(_login(client, editor.username, PASSWORD))
        client.logout()
        clock.move_to(start + settings.AXES_COOLOFF_TIME - timedelta(seconds=5))
        assert _login(client, reporter.username, PASSWORD).status_code == 429
        clock.move_to(start + settings.AXES_COOLOFF_TIME + timedelta(seconds=5))
        assert _logged_in(_login(client, reporter.username, PASSWORD))


def test_success_resets_the_failure_count(client, reporter, settings):
    limit = settings.AXES_FAILURE_LIMIT
    _fail(client, reporter.username, limit - 1)
    assert _logged_in(_login(client, reporter.username, PASSWORD))
    client.logout()
    _fail(client, reporter.username, limit - 1)
    assert _logged_in(_login(client, reporter.username, PASSWORD))


def test_role_changes_outside_the_admin_are_recorded_too(reporter):
    assign_role(reporter, Role.EDITOR)
    entry = AuditEntry.objects.filter(target=reporter, action="role_changed").latest("id")
    assert (entry.actor, entry.old_value, entry.new_value) == (None, "Phóng viên", "Biên tập viên")


def test_user_list_queries_do_not_grow_with_users(client, administrator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(administrator)
    client.get(USERS)
    with CaptureQueriesContext(connection) as few:
        client.get(USERS)
    for i in range(6):
        assign_role(make_user(f"nguoi{i}"), Role.REPORTER)
    with CaptureQueriesContext(connection) as many:
        client.get(USERS)
    assert len(many) == len(few)


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "6.6.6.6", "127.0.0.1"),  # no proxy: a client's header is ignored
        (1, "1.2.3.4", "1.2.3.4"),
        (1, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # the left part was forged by the client
        (2, "1.2.3.4, 10.0.0.9", "1.2.3.4"),
        (1, "", "127.0.0.1"),
    ],
)
def test_throttling_address_behind_trusted_proxies(settings, rf, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == expected


@pytest.mark.parametrize(
    "role, allowed",
    [
        (Role.REPORTER, {"articles.add_article", "articles.change_article"}),
        (
            Role.EDITOR,
            {
                "articles.add_article",
                "articles.change_article",
                "articles.publish_article",
                "articles.edit_any_article",
                "articles.delete_article",
                "articles.change_category",
                "articles.change_author",
                "taggit.change_tag",
            },
        ),
        (
            Role.ADMINISTRATOR,
            {
                "articles.publish_article",
                "auth.add_user",
                "auth.change_user",
                "accounts.view_auditentry",
            },
        ),
    ],
)
def test_each_role_holds_exactly_its_powers(role, allowed):
    user = make_user()
    assign_role(user, role)
    user = User.objects.get(pk=user.pk)  # fresh permission cache
    asked = {
        "articles.add_article",
        "articles.change_article",
        "articles.publish_article",
        "articles.edit_any_article",
        "articles.delete_article",
        "articles.change_category",
        "articles.change_author",
        "taggit.change_tag",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.change_group",
        "auth.change_permission",
        "accounts.view_auditentry",
        "accounts.change_auditentry",
    }
    granted = {perm for perm in asked if user.has_perm(perm)}
    expected = allowed | (
        {p for p in asked if p.startswith("articles.") or p == "taggit.change_tag"}
        if role == Role.ADMINISTRATOR
        else set()
    )
    assert granted == expected
    assert user.is_staff and not user.is_superuser


def test_names_read_family_name_first():
    from django.contrib.auth import get_user_model

    User = get_user_model()
    assert display_name(User(username="minh", first_name="Minh", last_name="Trần Văn")) == (
        "Trần Văn Minh"
    )
    assert display_name(User(username="minh")) == "minh"
