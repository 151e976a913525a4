"""Every saved tag gets its place in Vietnamese order (core.sorting), whoever saves it:
the article form, the tag admin, the importer or load_demo (all through Tag.save())."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from taggit.models import Tag

from articles.models import TagSortKey
from core.sorting import sort_key, store_sort_key


@receiver(post_save, sender=Tag)
def keep_tag_sort_key(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or "name" in update_fields:
        store_sort_key(TagSortKey, instance, sort_key(instance.name))
