"""The category menu (top-level categories with their children), cached for every page.

Read by the header on every public page and by the home and category views, so it is
cached under one key and dropped whenever a category changes.
"""

import contextlib

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.functional import SimpleLazyObject

from articles.models import Category

CACHE_KEY = "articles:menu:v1"
CACHE_SECONDS = 60 * 60


def _build() -> list[Category]:
    categories = list(Category.objects.order_by("position", "name"))
    menu = [c for c in categories if c.parent_id is None]
    for top in menu:
        top.menu_children = [c for c in categories if c.parent_id == top.pk]
    return menu


def category_menu() -> list[Category]:
    """Top-level categories, each with `menu_children`; a cache that is down costs a query."""
    try:
        menu = cache.get(CACHE_KEY)
    except Exception:  # the cache backend's own connection errors vary by backend
        return _build()
    if menu is None:
        menu = _build()
        with contextlib.suppress(Exception):
            cache.set(CACHE_KEY, menu, CACHE_SECONDS)
    return menu


def children_of(category: Category) -> list[Category]:
    """The menu's children of a top-level category (none for a child category)."""
    return next((top.menu_children for top in category_menu() if top.pk == category.pk), [])


def invalidate(**kwargs) -> None:
    with contextlib.suppress(Exception):
        cache.delete(CACHE_KEY)


def connect_invalidation() -> None:
    post_save.connect(invalidate, sender=Category, dispatch_uid="articles-menu-save")
    post_delete.connect(invalidate, sender=Category, dispatch_uid="articles-menu-delete")


def menu(request):
    """Context processor: `menu` in every template, read only when a template shows it."""
    return {"menu": SimpleLazyObject(category_menu)}
