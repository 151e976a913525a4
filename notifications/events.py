"""Who is told what when an article moves through the editorial workflow.

Submitted → the people who may publish; returned, published, scheduled → the article's
reporter (its creator and the accounts behind its bylines). Never the person who acted.
Records are written in the workflow's transaction; email goes only after it commits.
"""

from functools import partial

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext

from accounts.names import display_name
from articles.models import Author
from articles.workflow import Action
from core.dates import vn_datetime
from notifications import mail
from notifications.models import Notification

Kind = Notification.Kind
NOTE_CHARS = 300  # of the return note kept in the message; the article keeps it whole


def kind_of(article, action) -> str | None:
    """The kind of notification an applied action makes, or None (nothing to tell)."""
    if action == Action.SUBMIT:
        return Kind.SUBMITTED
    if action == Action.RETURN:
        return Kind.RETURNED
    if action in (Action.PUBLISH, Action.SCHEDULE):
        if article.published_at > timezone.now():
            return Kind.SCHEDULED
        if is_backdated(article):
            return None
        return Kind.PUBLISHED
    return None


def is_backdated(article) -> bool:
    """Dated before the day it was entered: an archive entry, not news to announce."""
    return timezone.localdate(article.published_at) < timezone.localdate(article.created_at)


def recipients(article, kind, actor):
    User = get_user_model()
    if kind == Kind.SUBMITTED:
        people = User.objects.with_perm(
            "articles.publish_article",
            include_superusers=False,
            backend="django.contrib.auth.backends.ModelBackend",
        )
    else:
        bylines = Author.objects.filter(articles=article, user__isnull=False).values("user")
        people = User.objects.filter(is_active=True).filter(
            Q(pk=article.created_by_id) | Q(pk__in=bylines)
        )
    return list(people.exclude(pk=actor.pk).order_by("pk"))


def headline(article, kind, actor) -> str:
    values = {"who": display_name(actor), "title": article.title}
    if kind == Kind.SUBMITTED:
        return gettext("%(who)s gửi duyệt bài “%(title)s”.") % values
    if kind == Kind.RETURNED:
        return gettext("%(who)s trả lại bài “%(title)s”.") % values
    if kind == Kind.SCHEDULED:
        values["when"] = vn_datetime(article.published_at)
        return gettext("%(who)s hẹn giờ xuất bản bài “%(title)s” lúc %(when)s.") % values
    return gettext("%(who)s đã xuất bản bài “%(title)s”.") % values


def with_note(text, note) -> str:
    """The dashboard's line: the headline and the start of the return note, on one line."""
    if not note:
        return text
    short = Truncator(" ".join(note.split())).chars(NOTE_CHARS)
    return f"{text} " + gettext("Ghi chú: %(note)s") % {"note": short}


def on_transition(sender, article, action, user, note="", **kwargs):
    kind = kind_of(article, action)
    if kind is None:
        return
    people = recipients(article, kind, user)
    if not people:
        return
    title = headline(article, kind, user)
    note = note if kind == Kind.RETURNED else ""
    text = with_note(title, note)
    created = Notification.objects.bulk_create(
        [Notification(recipient=p, article=article, kind=kind, message=text) for p in people]
    )
    transaction.on_commit(partial(mail.send_quietly, created, title, note))
