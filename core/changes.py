"""Rows that show other rows' names: when a name changes, the rows showing it change too.

`follow_names(model, fields, touch)` calls `touch(row)` in the same transaction when a saved
`model` row changed one of `fields` (compared with the stored row), and before it is deleted.
Used to move an article's or a document's change time, which incremental syncs follow.
"""

from django.db.models.signals import post_save, pre_delete, pre_save

_BEFORE = "_shown_fields_before"


def follow_names(model, fields, touch, uid):
    fields = tuple(fields)

    def before(sender, instance, raw=False, **kwargs):
        if raw or instance.pk is None:
            return
        stored = model._default_manager.filter(pk=instance.pk).values(*fields).first()
        setattr(instance, _BEFORE, stored)

    def after(sender, instance, created=False, raw=False, **kwargs):
        stored = getattr(instance, _BEFORE, None)
        if raw or created or stored is None:
            return
        if any(stored[name] != getattr(instance, name) for name in fields):
            touch(instance)

    def deleted(sender, instance, **kwargs):
        touch(instance)

    pre_save.connect(before, sender=model, weak=False, dispatch_uid=f"{uid}-before")
    post_save.connect(after, sender=model, weak=False, dispatch_uid=f"{uid}-after")
    pre_delete.connect(deleted, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
