from django.urls import path

from articles import feeds, preview, search_views, uploads, view_counts, views
from articles.page_cache import public_page
from core.ratelimit import limit

app_name = "articles"

urlpatterns = [
    path("", public_page(views.home), name="home"),
    path("tai-anh/", uploads.editor_image_upload, name="editor-image-upload"),
    path("luot-xem/<int:pk>/", view_counts.view_beacon, name="view-count"),
    path("rss/", public_page(feeds.LatestArticlesFeed()), name="feed"),
    path("rss/<slug:slug>/", public_page(feeds.LatestArticlesFeed()), name="category-feed"),
    path("xem-truoc/<int:pk>/", preview.article_preview, name="preview"),
    path(
        "tac-gia/<slug:slug>/",
        public_page(views.author_detail, query=("page",)),
        name="author",
    ),
    path(
        "tim-kiem/",
        public_page(
            limit("search", "RATE_LIMIT_SEARCH")(search_views.search_view),
            query=("q", "category", "date_from", "date_to", "page"),
        ),
        name="search",
    ),
    path("the/<str:slug>/", public_page(views.tag_detail, query=("page",)), name="tag"),
    path(
        "<slug:category>/<slug:slug>-<int:pk>.html",
        public_page(views.article_detail),
        name="detail",
    ),
    path(
        "<slug:category>/<slug:slug>-<int:pk>/ban-in/",
        public_page(views.article_print),
        name="print",
    ),
    path("<slug:slug>/", public_page(views.category_detail, query=("page",)), name="category"),
]
