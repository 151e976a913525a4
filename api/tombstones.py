"""Tombstones: a public article that is deleted or unpublished leaves its id and the time.

Recorded from the model signals of `Article` (the workflow, the admin and bulk deletes all
send them), only for articles that were public, and kept for `API_TOMBSTONE_DAYS`; an
article that becomes public again loses its tombstone. Syncing clients read them with
`updated_since` (api.listing).
"""

from datetime import timedelta

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from api.models import Tombstone
from articles.models import Article

WAS_PUBLIC = "_api_was_public"


def retention_start():
    """The oldest time tombstones are kept for."""
    return timezone.now() - timedelta(days=settings.API_TOMBSTONE_DAYS)


def _record(article_id, reason):
    Tombstone.objects.filter(at__lt=retention_start()).delete()
    Tombstone.objects.update_or_create(
        article_id=article_id, defaults={"reason": reason, "at": timezone.now()}
    )


def _before_save(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    was_public = Article.objects.published().filter(pk=instance.pk).exists()
    setattr(instance, WAS_PUBLIC, was_public)


def _after_save(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    if instance.is_public:
        Tombstone.objects.filter(article_id=instance.pk).delete()
    elif getattr(instance, WAS_PUBLIC, False):
        _record(instance.pk, Tombstone.Reason.UNPUBLISHED)


def _after_delete(sender, instance, **kwargs):
    if instance.is_public:
        _record(instance.pk, Tombstone.Reason.DELETED)


def connect_signals():
    pre_save.connect(_before_save, sender=Article, dispatch_uid="api-tombstone-before")
    post_save.connect(_after_save, sender=Article, dispatch_uid="api-tombstone-after")
    post_delete.connect(_after_delete, sender=Article, dispatch_uid="api-tombstone-delete")
