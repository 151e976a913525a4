"""A person's own notifications: the unread count, the latest few, marking read."""

from django.utils import timezone

from notifications.models import Notification

DASHBOARD_SIZE = 8


def unread_count(request) -> int:
    """Counted once per request (header and dashboard ask the same question)."""
    if not hasattr(request, "_unread_notifications"):
        request._unread_notifications = Notification.objects.filter(
            recipient=request.user, read_at__isnull=True
        ).count()
    return request._unread_notifications


def inbox(user):
    return Notification.objects.filter(recipient=user).select_related("article")


def mark_read(notification) -> None:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])


def mark_all_read(user) -> int:
    return inbox(user).filter(read_at__isnull=True).update(read_at=timezone.now())
