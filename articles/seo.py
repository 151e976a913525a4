"""Discovery: JSON-LD NewsArticle, absolute cover URLs, robots.txt."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.dates import iso_datetime
from pages.identity import site_identity


def cover_url(article, request, width="1200"):
    """Absolute URL of the cover rendition closest to `width` (social cards, feeds)."""
    if not article.cover_image:
        return ""
    renditions = article.cover_renditions or {}
    fitting = [int(w) for w in renditions if int(w) >= int(width)]
    if fitting:
        path = renditions[str(min(fitting))]
        return request.build_absolute_uri(article.cover_image.storage.url(path))
    return request.build_absolute_uri(article.cover_image.url)


def news_article(article, request):
    """schema.org NewsArticle for the article page."""
    identity = site_identity()
    publisher = {"@type": "Organization", "name": identity.name}
    if identity.logo:
        publisher["logo"] = {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(identity.logo.url),
        }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.sapo,
        "datePublished": iso_datetime(article.published_at),
        "dateModified": iso_datetime(max(article.updated_at, article.published_at)),
        "mainEntityOfPage": request.build_absolute_uri(article.get_absolute_url()),
        "articleSection": article.category.name,
        "inLanguage": "vi",
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": request.build_absolute_uri(author.get_absolute_url()),
            }
            for author in article.authors.all()
        ]
        or [{"@type": "Organization", "name": identity.name}],
        "publisher": publisher,
    }
    image = cover_url(article, request)
    if image:
        data["image"] = [image]
    return data


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tai-anh/",
        "Disallow: /tim-kiem/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
