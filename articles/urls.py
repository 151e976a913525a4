from django.urls import path

from articles import feeds, preview, uploads, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("tai-anh/", uploads.editor_image_upload, name="editor-image-upload"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("rss/<slug:slug>/", feeds.LatestArticlesFeed(), name="category-feed"),
    path("xem-truoc/<int:pk>/", preview.article_preview, name="preview"),
    path("tac-gia/<slug:slug>/", views.author_detail, name="author"),
    path("the/<str:slug>/", views.tag_detail, name="tag"),
    path("<slug:category>/<slug:slug>-<int:pk>.html", views.article_detail, name="detail"),
    path("<slug:category>/<slug:slug>-<int:pk>/ban-in/", views.article_print, name="print"),
    path("<slug:slug>/", views.category_detail, name="category"),
]
