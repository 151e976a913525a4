"""The four newsroom roles, defined once.

Each role is an auth Group holding model permissions. Code asks
`user.has_perm(...)`, never a group name; only this module knows the names.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts import audit


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Quản trị viên")
    EDITOR = "editor", _("Biên tập viên")
    REPORTER = "reporter", _("Phóng viên")
    CLERK = "clerk", _("Văn thư")


# Group name (stable, stored) per role; the display name is the Role label.
GROUP_NAMES = {
    Role.ADMINISTRATOR: "Quản trị viên",
    Role.EDITOR: "Biên tập viên",
    Role.REPORTER: "Phóng viên",
    Role.CLERK: "Văn thư",
}

_CONTENT = [
    "articles.view_category",
    "articles.view_author",
    "articles.view_article",
    "articles.add_article",
    "articles.change_article",
    "taggit.view_tag",
    "taggit.add_tag",
    "images.view_image",
    "images.add_image",
    "images.change_image",
]
_EDITORIAL = [
    "articles.add_category",
    "articles.change_category",
    "articles.delete_category",
    "articles.add_author",
    "articles.change_author",
    "articles.delete_author",
    "articles.delete_article",
    "articles.publish_article",
    "articles.edit_any_article",
    "taggit.change_tag",
    "taggit.delete_tag",
    "images.delete_image",
]
_PEOPLE = [
    "auth.view_user",
    "auth.add_user",
    "auth.change_user",
    "auth.view_group",
    "accounts.view_auditentry",
    "axes.view_accessattempt",
    "axes.delete_accessattempt",
    "axes.view_accesslog",
    "axes.view_accessfailurelog",
]
# The center's own pages (pages app): identity, portal links, static pages (VN + EN); the
# old site's addresses kept after an import, bringing an old site in (importer), and
# watching the background jobs (jobs): the administrator's to manage.
_SITE = [
    *(f"pages.{action}_siteidentity" for action in ("view", "add", "change")),
    *(f"{app}.{action}_{model}"
      for app, model in (("pages", "portallink"), ("pages", "staticpage"), ("importer", "redirect"))
      for action in ("view", "add", "change", "delete")),
    "importer.view_importjob",
    "importer.add_importjob",
    "jobs.view_job",
    "jobs.view_periodicrun",
]  # fmt: skip
# Editors keep the static pages' text current (Giới thiệu, Liên hệ…), but add or remove none.
_PAGE_TEXT = ["pages.view_staticpage", "pages.change_staticpage"]

# The legal-document register (documents app): the clerk's whole job; editors and
# administrators may do it too. Viewing articles lets a document link related news.
_DOCUMENTS = [
    f"documents.{action}_{model}"
    for model in ("document", "documentfile", "documenttype", "issuingbody", "sector")
    for action in ("view", "add", "change", "delete")
]

PERMISSIONS = {
    Role.REPORTER: _CONTENT,
    Role.EDITOR: _CONTENT + _EDITORIAL + _DOCUMENTS + _PAGE_TEXT,
    Role.ADMINISTRATOR: _CONTENT + _EDITORIAL + _PEOPLE + _DOCUMENTS + _SITE,
    Role.CLERK: ["articles.view_article", *_DOCUMENTS],
}


def sync_roles(apps=None) -> None:
    """Create the groups and give each exactly its permissions (idempotent)."""
    from django.apps import apps as global_apps

    apps = apps or global_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codes in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=GROUP_NAMES[role])
        perms = []
        for code in codes:
            app_label, codename = code.split(".")
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:
                perms.append(perm)
        group.permissions.set(perms)


def role_of(user) -> Role | None:
    names = {group.name for group in user.groups.all()}  # uses a prefetch when there is one
    for role, name in GROUP_NAMES.items():
        if name in names:
            return role
    return None


def assign_role(user, role: Role | None, actor=None) -> None:
    """Give `user` exactly one role (or none); staff status follows the role.

    A change is recorded in the audit log, with `actor` (None: the system, e.g. a command).
    """
    before = role_of(user) if user.pk else None
    after = Role(role) if role else None
    user.groups.remove(*Group.objects.filter(name__in=GROUP_NAMES.values()))
    if after is not None:
        user.groups.add(Group.objects.get(name=GROUP_NAMES[after]))
    user.is_staff = after is not None or user.is_superuser
    user.save(update_fields=["is_staff"])
    if before != after:
        audit.role_changed(actor, user, before, after)
