"""`Article.changed_at`: moved, in the same transaction, by every change of what the article
shows besides its own fields: its tags, authors and editor's picks, its stored related list
(articles.related), and the names of its category (and parent), authors and tags.

A rename touches the public articles concerned with one UPDATE; incremental syncs of the API
order and filter on `sync_time()` through its index, so they see all of these.
"""

from django.db.models import Q
from django.db.models.signals import m2m_changed
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from articles.models import Article, Author, Category
from articles.querysets import PUBLISHED
from core.changes import follow_names

LINKS = (Article.authors.through, Article.related_picks.through, TaggedItem)


def touch(**lookup):
    """Move the change time of the articles matching `lookup` (one UPDATE)."""
    return Article.objects.filter(**lookup).update(changed_at=timezone.now())


def touch_public(condition):
    return Article.objects.filter(condition, status=PUBLISHED).update(changed_at=timezone.now())


def _links_changed(sender, instance, action, pk_set=None, **kwargs):
    # From the article's side only: the reverse managers (author.articles) are not used, and
    # simple_history's own m2m receiver refuses them.
    if not isinstance(instance, Article):
        return
    if action in ("post_add", "post_remove") and pk_set or action == "post_clear":
        instance.changed_at = timezone.now()
        touch(pk=instance.pk)


def connect_signals():
    for through in LINKS:
        m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"changed-{through}")
    follow_names(
        Category,
        ("name", "slug", "parent_id"),
        lambda category: touch_public(Q(category=category) | Q(category__parent=category)),
        uid="articles-category-names",
    )
    follow_names(
        Author,
        ("name", "unit", "slug"),
        lambda author: touch_public(Q(authors=author)),
        uid="articles-author-names",
    )
    follow_names(
        Tag,
        ("name", "slug"),
        lambda tag: touch_public(Q(tags__id=tag.pk)),
        uid="articles-tag-names",
    )
