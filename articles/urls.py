from django.urls import path

from articles import preview, uploads, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("tai-anh/", uploads.editor_image_upload, name="editor-image-upload"),
    path("xem-truoc/<int:pk>/", preview.article_preview, name="preview"),
    path("tac-gia/<slug:slug>/", views.author_detail, name="author"),
    path("<slug:category>/<slug:slug>-<int:pk>.html", views.article_detail, name="detail"),
    path("<slug:slug>/", views.category_detail, name="category"),
]
