from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from newsroom.health import healthz

admin.site.site_header = "Newsroom – Quản trị nội dung"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Bàn làm việc"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
]

if settings.BENCH_CEILING:
    from newsroom.bench.ceiling import ceiling

    urlpatterns.insert(0, path("bench/ceiling", ceiling, name="bench-ceiling"))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
