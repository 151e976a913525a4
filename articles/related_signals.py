"""Keep stored related lists current: every change to an article, its tags or its picks
schedules one refresh per article, run after the transaction commits (so the admin's tags and
picks, saved after the article itself, are seen; a rolled-back edit refreshes nothing)."""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.dispatch import receiver
from taggit.models import TaggedItem

from articles import related
from articles.changes import touch
from articles.models import Article

_local = threading.local()  # one pending set per thread, as transactions are


@contextmanager
def refreshes_deferred():
    """For bulk writers (an import): the ids are collected instead, and the writer
    recomputes the lists once at the end rather than a dozen per saved article."""
    _local.deferred = set()
    try:
        yield _local.deferred
    finally:
        del _local.deferred


def schedule_refresh(article_id):
    """Refresh once per article per transaction, however many signals asked for it."""
    deferred = getattr(_local, "deferred", None)
    if deferred is not None:
        deferred.add(article_id)
        return
    if not hasattr(_local, "pending"):
        _local.pending = set()
    _local.pending.add(article_id)
    transaction.on_commit(_run_pending)


def _run_pending():
    pending = getattr(_local, "pending", set())
    while pending:
        related.refresh_related(pending.pop())


@receiver(post_save, sender=Article, dispatch_uid="related_on_save")
def _article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule_refresh(instance.pk)


@receiver(m2m_changed, sender=Article.related_picks.through, dispatch_uid="related_on_picks")
@receiver(m2m_changed, sender=TaggedItem, dispatch_uid="related_on_tags")
def _relations_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Article):
        schedule_refresh(instance.pk)


@receiver(pre_delete, sender=Article, dispatch_uid="related_on_delete")
def _article_deleted(sender, instance, **kwargs):
    # Its rows vanish with it (CASCADE): refill the lists that held or picked it, which
    # change now (articles.changes).
    mentioning = related.lists_mentioning(instance.pk)
    touch(pk__in=mentioning)
    for pk in mentioning:
        schedule_refresh(pk)
