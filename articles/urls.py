from django.urls import path

from articles import search_views, uploads, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("tai-anh/", uploads.editor_image_upload, name="editor-image-upload"),
    path("tac-gia/<slug:slug>/", views.author_detail, name="author"),
    path("tim-kiem/", search_views.search_view, name="search"),
    path("<slug:category>/<slug:slug>-<int:pk>.html", views.article_detail, name="detail"),
    path("<slug:slug>/", views.category_detail, name="category"),
]
