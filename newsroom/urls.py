import re

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from articles.page_cache import public_page
from articles.seo import robots_txt
from articles.sitemaps import SITEMAPS as ARTICLE_SITEMAPS
from articles.view_on_site import view_on_site
from core.ratelimit import limit
from documents.sitemaps import DocumentSitemap
from newsroom.admin_site import brand_admin
from newsroom.favicon import favicon
from newsroom.health import healthz
from newsroom.media import serve_media

SITEMAPS = {**ARTICLE_SITEMAPS, "van-ban": DocumentSitemap}

brand_admin(admin.site)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before the admin's own routes, which they replace: the login form limited per address
    # (axes locks a username; this stops one address trying many), and "view on site".
    path(
        "admin/login/",
        limit("login", "RATE_LIMIT_LOGIN", methods=("POST",))(admin.site.login),
        name="login-limited",
    ),
    path("admin/r/<int:content_type_id>/<path:object_id>/", view_on_site, name="view-on-site"),
    path("admin/thong-bao/", include("notifications.urls")),
    path("admin/", admin.site.urls),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon, name="favicon"),
    path(
        "sitemap.xml",
        public_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        public_page(sitemap_views.sitemap, query=("p",)),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("api/v1/", include("api.urls")),
    path("trang/", include("pages.urls")),
    path("van-ban/", include("documents.urls")),
    path("thu-vien-anh/", include("images.urls")),
    path("", include("search.urls")),
    path("", include("articles.urls")),
]

if settings.BENCH_CEILING:  # the benchmark's fixed page, mounted only for its own server
    urlpatterns.insert(0, path("bench/", include("drills.urls")))

if settings.SERVE_MEDIA:
    urlpatterns.insert(
        0,
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_media, name="media"
        ),
    )

handler500 = "newsroom.faults.server_error"
handler400 = "newsroom.admin_site.bad_request"
handler403 = "newsroom.admin_site.permission_denied"
handler404 = "newsroom.admin_site.page_not_found"
