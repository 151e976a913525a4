from django import template
from django.utils.html import format_html

from articles import dates
from articles.embeds import render_embeds

register = template.Library()


@register.filter
def vn_datetime(value):
    return dates.vn_datetime(value)


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
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" alt="{}" loading="{}" decoding="async"{}>',
        image.url,
        srcset or image.url,
        sizes,
        article.cover_alt,
        loading,
        format_html(' width="{}"', width) if width else "",
    )
