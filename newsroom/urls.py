import re

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from newsroom.health import healthz

admin.site.site_header = "Newsroom – Quản trị nội dung"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Bàn làm việc"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
]

if settings.SERVE_MEDIA:
    from newsroom.media import serve_media

    urlpatterns.insert(
        0,
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_media, name="media"
        ),
    )

handler500 = "newsroom.faults.server_error"
