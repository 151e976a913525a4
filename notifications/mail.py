"""Notification emails through Django's email framework, sent after the workflow commits.

Plain text, plus an HTML part rendered with autoescaping from the same values: titles and
notes never reach a mail as markup. A failing mail server is logged, never raised.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string

from accounts.names import display_name
from pages.identity import site_identity

logger = logging.getLogger(__name__)


def one_line(text) -> str:
    """A mail header never carries a line break (Django refuses one)."""
    return " ".join(str(text).split())


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path if settings.SITE_URL else path


def build(notification, headline: str, note: str, site_name: str):
    """The email for one notification (an EmailMultiAlternatives); None when its recipient
    has no address. `note` is the whole return note, the notification keeps its start."""
    address = notification.recipient.email
    if not address:
        return None
    context = {
        "notification": notification,
        "name": display_name(notification.recipient),
        "headline": headline,
        "note": note,
        "link": absolute(notification.get_absolute_url()),
        "site_name": site_name,
    }
    subject = f"[{site_name}] {notification.get_kind_display()}: {notification.article.title}"
    email = EmailMultiAlternatives(
        one_line(subject), render_to_string("notifications/email.txt", context), to=[address]
    )
    email.attach_alternative(render_to_string("notifications/email.html", context), "text/html")
    return email


def send_quietly(notifications, headline: str, note: str = "") -> int:
    """Send one email per notification whose recipient has an address, over one
    connection; returns how many were sent (0 when the mail server fails)."""
    try:
        identity = site_identity()
        site_name = identity.short_name or identity.name
        emails = [build(n, headline, note, site_name) for n in notifications]
        emails = [email for email in emails if email is not None]
        if not emails:
            return 0
        return get_connection().send_messages(emails) or 0
    except Exception:  # the change is saved already; a mail failure must not surface
        logger.exception("Notification emails not sent (%d notifications)", len(notifications))
        return 0
