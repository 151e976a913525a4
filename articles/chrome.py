"""The site header and footer of the public pages, rendered once and reused.

The article page keeps them with its own fragments (articles/article_page.py); every other
page (home, lists, search, documents, static pages, errors) rendered both on every request,
about a millisecond each time. They show only the center's identity, the menu and the
static pages, which move the content version when they change; the header also marks the
menu entry of the current page. So each process keeps them per content version, language,
host and current menu entry (an LRU): no round trip to a cache.
"""

from django.db import DatabaseError
from django.utils.translation import get_language

from articles.menu import menu_urls
from core.content_version import content_version
from core.lru import LocalLRU

MAX_ENTRIES = 256
_chrome = LocalLRU(MAX_ENTRIES)


def _current_entry(path: str) -> str:
    """The path when the header marks it as the current page ("/" or a category), else ""."""
    return path if path == "/" or path in menu_urls().values() else ""


def _key(name: str, request):
    try:
        version = content_version()
    except DatabaseError:  # the 500/503 pages, with the database down: render as is
        return None
    current = _current_entry(request.path) if name == "header" else ""
    return (name, version, get_language(), request.scheme, request.get_host(), current)


def chrome_html(name: str, request, render) -> str:
    """`render()`'s HTML for the fragment `name`, kept per content version and place."""
    key = _key(name, request) if request is not None else None
    if key is None:
        return render()
    html = _chrome.get(key)
    if html is None:
        html = render()
        _chrome.put(key, html)
    return html


def forget_chrome() -> None:
    _chrome.clear()
