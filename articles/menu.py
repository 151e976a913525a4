"""The category menu (top-level categories with their children), cached for every page.

Read by the header on every public page and by the home and category views: each process
keeps it per content version (a category change moves it), the shared cache under it.
"""

from django.utils.functional import SimpleLazyObject

from articles.models import Category
from core.content_version import per_version


def _build() -> list[Category]:
    categories = list(Category.objects.order_by("position", "sort_key"))
    menu = [c for c in categories if c.parent_id is None]
    for top in menu:
        top.parent = None  # known: the breadcrumbs read it with no query
        top.menu_children = [c for c in categories if c.parent_id == top.pk]
        for child in top.menu_children:
            child.parent = top
    return menu


# Each process keeps its copy until the content version moves (a category change moves it).
category_menu = per_version(_build, "articles:menu")


def _urls() -> dict[int, str]:
    return {top.pk: top.get_absolute_url() for top in category_menu()}


# The address of each top-level category, by pk: the header's current entry, home's blocks.
menu_urls = per_version(_urls, "articles:menu-urls")


def menu_category(slug: str) -> Category | None:
    """The menu's category with this slug, its parent loaded (None: not in the menu)."""
    for top in category_menu():
        if top.slug == slug:
            return top
        for child in top.menu_children:
            if child.slug == slug:
                return child
    return None


def children_of(category: Category) -> list[Category]:
    """The menu's children of a top-level category (none for a child category)."""
    return next((top.menu_children for top in category_menu() if top.pk == category.pk), [])


def menu(request):
    """Context processor: `menu` in every template, read only when a template shows it."""
    return {"menu": SimpleLazyObject(category_menu)}
