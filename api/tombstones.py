"""Tombstones: a public article or document that is deleted or unpublished leaves its kind,
id and the time.

Recorded from the model signals (the workflow, the admin and bulk deletes all send them),
only for items that were public, and kept for `API_TOMBSTONE_DAYS`; an item that becomes
public again loses its tombstone. Syncing clients read them with `updated_since` (api.listing,
api.documents).
"""

from datetime import timedelta

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from api.models import Tombstone
from articles.models import Article
from articles.querysets import PUBLISHED
from documents.models import Document

WAS_PUBLIC = "_api_was_public"
KINDS = {Article: Tombstone.Kind.ARTICLE, Document: Tombstone.Kind.DOCUMENT}


def retention_start():
    """The oldest time tombstones are kept for."""
    return timezone.now() - timedelta(days=settings.API_TOMBSTONE_DAYS)


def since(kind, when):
    """The tombstones of one kind from `when`, oldest first (the sync order)."""
    return Tombstone.objects.filter(kind=kind, at__gte=when).order_by("at", "item_id")


def _is_public(instance):
    """`published()` for the row in hand (both models share the rule and its status)."""
    when = instance.published_at
    return instance.status == PUBLISHED and when is not None and when <= timezone.now()


def _record(kind, item_id, reason):
    Tombstone.objects.filter(at__lt=retention_start()).delete()
    Tombstone.objects.update_or_create(
        kind=kind, item_id=item_id, defaults={"reason": reason, "at": timezone.now()}
    )


def _before_save(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    was_public = sender.objects.published().filter(pk=instance.pk).exists()
    setattr(instance, WAS_PUBLIC, was_public)


def _after_save(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    if _is_public(instance):
        Tombstone.objects.filter(kind=KINDS[sender], item_id=instance.pk).delete()
    elif getattr(instance, WAS_PUBLIC, False):
        _record(KINDS[sender], instance.pk, Tombstone.Reason.UNPUBLISHED)


def _after_delete(sender, instance, **kwargs):
    if _is_public(instance):
        _record(KINDS[sender], instance.pk, Tombstone.Reason.DELETED)


def connect_signals():
    for model, kind in KINDS.items():
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"api-tombstone-before-{kind}")
        post_save.connect(_after_save, sender=model, dispatch_uid=f"api-tombstone-after-{kind}")
        post_delete.connect(
            _after_delete, sender=model, dispatch_uid=f"api-tombstone-delete-{kind}"
        )
