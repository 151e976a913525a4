"""The editorial state machine: the one place that says who may move an article where.

Admin buttons, bulk actions and tests all call `check()` / `apply()`; nothing else
changes an article's status. Each applied action sends `transitioned` (other apps,
e.g. notifications, listen; this app imports none of them).
"""

from datetime import timedelta

from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from images.library import images_without_alt

S = Article.Status
# Sent by `apply()` inside its transaction, after the save, with article (as saved),
# action (an Action), user (who did it) and note (the return note, else "").
transitioned = Signal()
EDITABLE_BY_OWNER = {S.DRAFT, S.RETURNED}


class Action(models.TextChoices):
    SUBMIT = "submit", _("Gửi duyệt")
    WITHDRAW = "withdraw", _("Rút lại (về bản nháp)")
    RETURN = "return", _("Trả lại phóng viên")
    PUBLISH = "publish", _("Xuất bản")
    SCHEDULE = "schedule", _("Hẹn giờ xuất bản")
    UNPUBLISH = "unpublish", _("Gỡ xuống (về bản nháp)")
    ARCHIVE = "archive", _("Lưu trữ")


_FROM = {
    Action.SUBMIT: {S.DRAFT, S.RETURNED},
    Action.WITHDRAW: {S.PENDING},
    Action.RETURN: {S.PENDING},
    Action.PUBLISH: {S.DRAFT, S.PENDING, S.RETURNED, S.ARCHIVED, S.PUBLISHED},
    Action.SCHEDULE: {S.DRAFT, S.PENDING, S.RETURNED, S.ARCHIVED, S.PUBLISHED},
    Action.UNPUBLISH: {S.PUBLISHED},
    Action.ARCHIVE: {S.PUBLISHED},
}


class TransitionError(Exception):
    """The action is not allowed: the message says why, in Vietnamese."""


def is_editor(user) -> bool:
    return user.has_perm("articles.edit_any_article")


def may_publish(user) -> bool:
    return user.has_perm("articles.publish_article")


def is_owner(user, article) -> bool:
    return article.created_by_id is not None and article.created_by_id == user.pk


def may_view(user, article) -> bool:
    """See the article in the admin or its preview (unpublished included)."""
    if not user.is_active:
        return False
    if is_editor(user):
        return user.has_perm("articles.view_article") or user.has_perm("articles.change_article")
    return user.has_perm("articles.view_article") and is_owner(user, article)


def may_edit(user, article) -> bool:
    """Change the article's content (not its status)."""
    if not user.has_perm("articles.change_article"):
        return False
    if is_editor(user):
        return True
    return is_owner(user, article) and article.status in EDITABLE_BY_OWNER


def publication_state(article, now=None) -> str:
    """“Hẹn giờ 15:30 31/12” for a scheduled article, the status label otherwise."""
    now = now or timezone.now()
    if article.status == S.PUBLISHED and article.published_at and article.published_at > now:
        local = timezone.localtime(article.published_at)
        return gettext("Hẹn giờ %(when)s") % {"when": f"{local:%H:%M %d/%m}"}
    return article.get_status_display()


def may_delete(user, article) -> bool:
    """Editors delete any article; a reporter deletes their own draft (or returned) article."""
    if user.has_perm("articles.delete_article"):
        return True
    return (
        user.has_perm("articles.change_article")
        and is_owner(user, article)
        and article.status in EDITABLE_BY_OWNER
    )


def publication_time(when, now=None):
    """The one publishing rule: no date means now; a past date is kept (backdating,
    the article takes its place in date order); a future date schedules."""
    return when if when is not None else (now or timezone.now())


def publish_problems(article) -> list[str]:
    """What an article lacks before it may go public (button and bulk action alike)."""
    problems = []
    if not article.category_id:
        problems.append(gettext("Bài chưa có chuyên mục."))
    if not (article.sapo or "").strip():
        problems.append(gettext("Bài chưa có sapo (tóm tắt)."))
    if article.cover_image and not (article.cover_alt or "").strip():
        problems.append(gettext("Ảnh đại diện chưa có mô tả (alt)."))
    missing = images_without_alt(article.body)
    if missing:
        problems.append(
            gettext("Ảnh trong bài chưa có mô tả (alt): %(images)s.")
            % {"images": ", ".join(missing)}
        )
    return problems


def _may_start(user, article, action) -> str | None:
    if action == Action.SUBMIT and not may_edit(user, article):
        return gettext("Bạn không có quyền gửi duyệt bài này.")
    if action == Action.WITHDRAW and not (
        user.has_perm("articles.change_article") and is_owner(user, article)
    ):
        return gettext("Chỉ người viết bài được rút lại bài đã gửi duyệt.")
    if action not in (Action.SUBMIT, Action.WITHDRAW) and not may_publish(user):
        return gettext("Chỉ biên tập viên được làm thao tác này.")
    return None


def check(user, article, action, *, note="", when=None, content=True) -> str | None:
    """None when `user` may apply `action` to `article` now; otherwise why not."""
    action = Action(action)
    refused = _may_start(user, article, action)
    if refused:
        return refused
    if article.status not in _FROM[action]:
        return gettext("Không thể “%(action)s” bài đang ở trạng thái “%(status)s”.") % {
            "action": action.label,
            "status": article.get_status_display(),
        }
    live = article.is_public
    if action in (Action.PUBLISH, Action.SCHEDULE) and live:
        return gettext("Bài đã xuất bản.")
    if action == Action.RETURN and not note.strip():
        return gettext("Hãy ghi lý do trả lại cho phóng viên.")
    if action == Action.SCHEDULE and (when is None or when <= timezone.now()):
        return gettext("Hãy chọn thời điểm xuất bản trong tương lai để hẹn giờ.")
    if content and action in (Action.PUBLISH, Action.SCHEDULE):
        return " ".join(publish_problems(article)) or None
    return None


def allowed_actions(user, article) -> list[Action]:
    """The buttons to show; notes and dates are asked for when pressed."""
    later = timezone.now() + timedelta(days=1)
    return [
        action
        for action in Action
        if check(user, article, action, note="-", when=later, content=False) is None
    ]


def publish_date(current, when=None):
    """The date to publish with: the one given, else the article's own (a bulk action),
    except that publishing an already scheduled article brings it forward to now."""
    if when is not None or current.status == S.PUBLISHED:
        return when
    return current.published_at


def apply(article, action, user, *, note="", when=None) -> Article:
    """Apply `action` under a row lock; raises TransitionError when not allowed."""
    action = Action(action)
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        error = check(user, current, action, note=note, when=when)
        if error:
            raise TransitionError(error)
        if action == Action.SUBMIT:
            current.status = S.PENDING
        elif action == Action.WITHDRAW:
            current.status = S.DRAFT
        elif action == Action.RETURN:
            current.status = S.RETURNED
            current.review_note = note.strip()
        elif action == Action.PUBLISH:
            current.published_at = publication_time(publish_date(current, when))
            current.status = S.PUBLISHED
        elif action == Action.SCHEDULE:
            current.status = S.PUBLISHED
            current.published_at = when
        elif action == Action.UNPUBLISH:
            current.status = S.DRAFT
        elif action == Action.ARCHIVE:
            current.status = S.ARCHIVED
        if action in (Action.UNPUBLISH, Action.ARCHIVE):
            current.featured = False
        current.updated_by = user
        current.version += 1
        current._history_user = user
        current.save()
        transitioned.send(Article, article=current, action=action, user=user, note=note.strip())
    return current
