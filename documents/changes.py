"""A document's `updated_at` also moves when what its page shows changes elsewhere: its
files, its links (both ends: the other document shows it as replacing or amending, and its
validity may follow), its related articles, and the names of its type, body and field.

Incremental syncs of the API (`updated_since`) follow `updated_at`; nothing else reads it
but the sitemap's lastmod, which wants the same.
"""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils import timezone

from core.changes import follow_names
from documents.models import Document, DocumentFile, DocumentType, IssuingBody, Sector
from documents.querysets import PUBLISHED


def touch(condition):
    return Document.objects.filter(condition).update(updated_at=timezone.now())


def _linked(document):
    """The documents whose page shows `document` as replacing, replaced by, amending…"""
    return (
        Q(replaces=document) | Q(replaced_by=document) | Q(amends=document) | Q(amended_by=document)
    )


def _links_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        touch(Q(pk=instance.pk) | Q(pk__in=pk_set or ()))
    if action == "pre_clear" and sender is not Document.related_articles.through:
        touch(_linked(instance))  # the other ends, before the links go


def _file_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        touch(Q(pk=instance.document_id))


def _document_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        touch(_linked(instance) & Q(status=PUBLISHED))


def connect_signals():
    for through in (Document.replaces.through, Document.amends.through):
        m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"doc-links-{through}")
    m2m_changed.connect(
        _links_changed, sender=Document.related_articles.through, dispatch_uid="doc-articles"
    )
    post_save.connect(_file_changed, sender=DocumentFile, dispatch_uid="doc-file-saved")
    post_delete.connect(_file_changed, sender=DocumentFile, dispatch_uid="doc-file-deleted")
    post_save.connect(_document_saved, sender=Document, dispatch_uid="doc-linked-saved")
    pre_delete.connect(_document_saved, sender=Document, dispatch_uid="doc-linked-deleted")
    for model, field in ((DocumentType, "doc_type"), (IssuingBody, "issuer"), (Sector, "sector")):
        follow_names(
            model,
            ("name", "slug"),
            lambda item, field=field: touch(Q(**{field: item}, status=PUBLISHED)),
            uid=f"documents-{field}-names",
        )
