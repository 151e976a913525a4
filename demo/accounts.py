"""The four demo accounts: created by `load_demo` only, never by a migration."""

import os
from dataclasses import dataclass

from django.contrib.auth import get_user_model

from accounts.roles import Role, assign_role
from articles.models import Author

# A demo-only password, printed by load_demo; the command refuses to run with DEBUG off.
DEFAULT_PASSWORD = "tintuc-hoason-2026"  # noqa: S105


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    first_name: str
    last_name: str
    author_slug: str | None  # the Author profile this account writes as


ACCOUNTS = [
    DemoAccount("admin", Role.ADMINISTRATOR, "Quản trị", "Hệ thống", None),
    DemoAccount("editor", Role.EDITOR, "Minh", "Trần Văn", "tran-van-minh"),
    DemoAccount("reporter", Role.REPORTER, "Hà", "Nguyễn Thị Thu", "nguyen-thi-thu-ha"),
    DemoAccount("clerk", Role.CLERK, "Lan", "Phạm Thị", None),
]


def demo_password() -> tuple[str, bool]:
    """The password for new demo accounts and whether it is the built-in default."""
    value = os.environ.get("DEMO_PASSWORD", "")
    return (value, False) if value else (DEFAULT_PASSWORD, True)


def ensure_accounts(password: str) -> dict[str, tuple[object, bool]]:
    """Create missing accounts (existing ones keep their password); roles always re-applied.

    `admin` is an ordinary user with the administrator role, not a superuser: the role
    already grants user management, and a superuser would bypass every permission check.
    """
    User = get_user_model()
    result = {}
    for spec in ACCOUNTS:
        user = User.objects.filter(username=spec.username).first()
        created = user is None
        if created:
            user = User.objects.create_user(
                username=spec.username,
                password=password,
                email=f"{spec.username}@example.com",
                first_name=spec.first_name,
                last_name=spec.last_name,
            )
        assign_role(user, spec.role)
        if spec.author_slug and not Author.objects.filter(user=user).exists():
            Author.objects.filter(slug=spec.author_slug, user__isnull=True).update(user=user)
        result[spec.username] = (user, created)
    return result
