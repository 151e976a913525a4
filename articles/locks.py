"""The editing lock: one person edits an article at a time; others read or take over.

A soft lock: opening the change form takes it, the open page keeps it alive with a
heartbeat, and it lapses ARTICLE_LOCK_MINUTES after the last one (a closed laptop
never blocks the newsroom). Taking over needs a deliberate confirmation; the person
who lost it learns so on their next heartbeat or save. The optimistic version check
(articles.admin_workflow) stays as the last guard behind it.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.names import display_name
from articles.models import EditLock


def lifetime() -> timedelta:
    return timedelta(minutes=getattr(settings, "ARTICLE_LOCK_MINUTES", 15))


def heartbeat_seconds() -> int:
    return getattr(settings, "ARTICLE_LOCK_HEARTBEAT_SECONDS", 60)


def is_fresh(lock: EditLock, now=None) -> bool:
    return (now or timezone.now()) - lock.heartbeat_at < lifetime()


def acquire(article_id: int, user, *, takeover: bool = False) -> EditLock | None:
    """Take or keep the lock for `user`. Returns the other person's live lock when they
    hold it (and `takeover` is not asked), None when `user` now holds it."""
    now = timezone.now()
    with transaction.atomic():
        EditLock.objects.bulk_create(
            [EditLock(article_id=article_id, user=user, since=now, heartbeat_at=now)],
            ignore_conflicts=True,
        )
        lock = EditLock.objects.select_for_update().get(article_id=article_id)
        if lock.user_id != user.pk:
            if is_fresh(lock, now) and not takeover:
                return lock
            lock.user, lock.since = user, now
        lock.heartbeat_at = now
        lock.save()
    return None


def holder(article_id: int, user) -> EditLock | None:
    """The live lock someone other than `user` holds on the article, if any."""
    lock = EditLock.objects.select_related("user").filter(article_id=article_id).first()
    if lock is None or lock.user_id == user.pk or not is_fresh(lock):
        return None
    return lock


def release(article_id: int, user) -> None:
    EditLock.objects.filter(article_id=article_id, user=user).delete()


def held_by_message(lock: EditLock) -> str:
    """“Bài đang được Lan sửa từ 09:15”, in local time."""
    return gettext("Bài đang được %(who)s sửa từ %(when)s.") % {
        "who": display_name(lock.user),
        "when": f"{timezone.localtime(lock.since):%H:%M}",
    }


def lost_message(lock: EditLock) -> str:
    """Told to the person whose lock was taken over, on their next heartbeat or save."""
    return gettext(
        "%(who)s đã tiếp quản bài này lúc %(when)s. Những gì bạn vừa sửa chưa được lưu và "
        "vẫn còn trên trang này (và trong bản tự lưu): hãy chép lại hoặc tiếp quản lại."
    ) % {"who": display_name(lock.user), "when": f"{timezone.localtime(lock.since):%H:%M}"}
