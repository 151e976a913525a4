"""The article page's frame: its HTML around the fragments, rendered once per process and language.

When every fragment of an article page is cached (``articles.article_page``), what the template
engine still does is render the frame: ``base.html``'s head, the skip link, the static assets'
addresses, the blocks that hold the fragments. That cost more CPU than everything else the page
does, and its output depends on no article, no request and no content, only on the templates, the
settings and the language. So the frame is rendered once with a slot in place of each fragment and
of the canonical address, split there, and a page is then the frame's pieces joined with its own
fragments: the same bytes the template gives (tests/test_page_frame.py compares them).

While the frame is rendered, the article, the request and the site stand behind guards that raise
when a template reads them: a template that shows any of them outside a fragment makes the frame
unusable (logged) and every page is then rendered whole, as before, never with another page's
content.
"""

import logging
import threading

from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

logger = logging.getLogger(__name__)
TEMPLATE = "articles/detail.html"
SLOT = "\x00"  # never in a template's own text: marks where a page's own part goes
CANONICAL = "canonical"
# What the view and the context processors put in the page's context besides the slots.
GUARDED = (
    "article",
    "parts",
    "request",
    "user",
    "perms",
    "messages",
    "site",
    "menu",
    "csrf_token",
)
_UNUSABLE = ()
_frames = {}  # (language, script prefix) -> ((text, slot name or None), ...) or _UNUSABLE
_lock = threading.Lock()


class FrameReadPageContent(Exception):
    """The frame's template read something that differs from one page or request to another."""


class _Guard:
    """Stands for `name` while the frame is rendered: any use of it raises."""

    def __init__(self, name):
        object.__setattr__(self, "_name", name)

    def _refuse(self, *args, **kwargs):
        raise FrameReadPageContent(object.__getattribute__(self, "_name"))

    __getattr__ = __getitem__ = __bool__ = __str__ = __iter__ = __len__ = _refuse
    __contains__ = __eq__ = __html__ = __call__ = _refuse
    __hash__ = object.__hash__


class _Slots:
    """Stands for the page's Fragments while the frame is rendered: each one becomes a slot."""

    def get(self, name):
        return mark_safe(f"{SLOT}{name}{SLOT}")  # noqa: S308 - a marker, no content

    def store(self, name, html):
        raise FrameReadPageContent(name)  # only a missing fragment is rendered


def _render(fragment_names):
    context = {name: _Guard(name) for name in GUARDED}
    context |= {"fragments": _Slots(), CANONICAL: _Slots().get(CANONICAL)}
    try:
        html = render_to_string(TEMPLATE, context)
    except FrameReadPageContent as error:
        logger.warning("%s reads %r outside a fragment: rendered whole", TEMPLATE, str(error))
        return _UNUSABLE
    texts = html.split(SLOT)
    slots = texts[1::2]
    if len(texts) % 2 == 0 or not set(slots) <= {*fragment_names, CANONICAL}:
        logger.warning("%s: its slots could not be found: rendered whole", TEMPLATE)
        return _UNUSABLE
    return tuple(zip(texts[::2], [*slots, None], strict=True))


def fill(fragments, canonical):
    """The page's HTML from the frame, its fragments (name -> HTML, none missing) and its
    canonical address; None when the frame is unusable (the template must render it)."""
    key = (get_language(), get_script_prefix())
    frame = _frames.get(key)
    if frame is None:
        with _lock:
            frame = _frames.get(key)
            if frame is None:
                frame = _frames[key] = _render(tuple(fragments))
    if frame is _UNUSABLE:
        return None
    values = dict(fragments, canonical=escape(canonical))
    parts = []
    for text, slot in frame:
        parts.append(text)
        if slot is not None:
            parts.append(values[slot])
    return "".join(parts)


def forget_frames(**kwargs) -> None:
    _frames.clear()


# Templates, static storage, languages: any setting may change what the frame holds (tests).
setting_changed.connect(forget_frames, dispatch_uid="article-page-frames")
