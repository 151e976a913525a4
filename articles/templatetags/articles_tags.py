import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from articles.cards import card_html
from articles.chrome import chrome_html
from articles.models import Article
from core import dates
from core.embeds import render_embeds
from core.lru import LocalLRU

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def vn_datetime(value):
    return dates.vn_datetime(value)


@register.filter
def iso_datetime(value):
    """Machine-readable time for <time datetime> (HTML allows at most 3 fraction digits)."""
    return dates.iso_datetime(value)


@register.filter
def vn_date(value):
    return dates.vn_datetime(value, with_time=False)


@register.filter
def render_body(html):
    """Stored body is sanitized on save; here only <oembed> becomes a privacy-friendly iframe."""
    return render_embeds(html)


@register.simple_tag
def cover_img(article, sizes, loading="lazy"):
    """<img> with srcset from the renditions made at upload time."""
    image = article.cover_image
    if not image:
        return ""
    renditions = article.cover_renditions or {}
    srcset = ", ".join(
        f"{image.storage.url(path)} {width}w"
        for width, path in sorted(renditions.items(), key=lambda item: int(item[0]))
    )
    width = article.cover_renditions and max(int(w) for w in renditions) or ""
    size = format_html(' width="{}"', width) if width else ""
    # The height too when the library record came with the article (the article page): the
    # browser then reserves the cover's box before the image arrives (no layout shift).
    if width and Article.cover_source.is_cached(article) and article.cover_source:
        source = article.cover_source
        size = format_html(
            ' width="{}" height="{}"', width, round(width * source.height / source.width)
        )
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" alt="{}" loading="{}" decoding="async"{}>',
        image.url,
        srcset or image.url,
        sizes,
        article.cover_alt,
        loading,
        size,
    )


@register.simple_tag
def article_card(article, is_lead=False, compact=False, show_category=False):
    """The article's card (`_article_card.html`), rendered once per article version."""
    return card_html(article, is_lead=is_lead, compact=compact, show_category=show_category)


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """`?…&page=N` for the current request, other query parameters kept (page 1: none)."""
    request = context["request"]
    if request.GET.keys() - {"page"}:
        query = request.GET.copy()
        query.pop("page", None)
        if int(number) > 1:
            query["page"] = number
        encoded = query.urlencode()
    else:  # the usual case, spared copying the query
        encoded = f"page={number}" if int(number) > 1 else ""
    return f"?{encoded}" if encoded else request.path


PAGINATION = "_pagination.html"
_paginations = LocalLRU(512)
MAX_KEPT_QUERY = 300  # characters of a query string whose pagination is kept


@register.simple_tag(takes_context=True)
def pagination(context):
    """`_pagination.html` for `page_obj`, as `{% include %}` renders it, kept per place.

    What it shows depends only on the path, the other query parameters (`page_url`), the
    page's number, the number of pages and the language.
    """
    request, page = context["request"], context["page_obj"]
    template = context.template.engine.get_template(PAGINATION)
    if len(request.META.get("QUERY_STRING", "")) > MAX_KEPT_QUERY:
        return template.render(context)
    others = tuple((name, tuple(values)) for name, values in request.GET.lists() if name != "page")
    key = (request.path, others, page.number, page.paginator.num_pages, get_language())
    html = _paginations.get(key)
    if html is None:
        html = mark_safe(template.render(context))  # noqa: S308 - a rendered template
        _paginations.put(key, html)
    return html


forget_paginations = _paginations.clear  # tests


@register.filter
def elided_pages(page):
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


@register.simple_tag
def jsonld(data):
    """<script type="application/ld+json"> with <, > and & escaped (cannot close the tag)."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


CHROME = ("header", "footer")  # the same on every public page: see articles/chrome.py


class FragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        fragments = context.get("fragments")
        if fragments is None and self.name in CHROME:
            request = context.get("request")
            return chrome_html(self.name, request, lambda: self.nodelist.render(context))
        if fragments is None:
            return self.nodelist.render(context)
        html = fragments.get(self.name)
        if html is None:
            html = self.nodelist.render(context)
            fragments.store(self.name, html)
        return html


@register.tag
def fragment(parser, token):
    """`{% fragment "name" %}…{% endfragment %}`: served from the page's `fragments`.

    Without `fragments` in the context (other pages) the site's header and footer are kept
    per content version (articles/chrome.py) and anything else renders as is.
    See articles/article_page.py.
    """
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("{% fragment %} takes one quoted name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[1][1:-1], nodelist)
