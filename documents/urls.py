from django.urls import path

from articles.page_cache import public_page
from documents import feeds, views

app_name = "documents"

LIST_QUERY = ("q", "doc_type", "issuer", "sector", "year", "validity", "sort", "page")

urlpatterns = [
    path("", public_page(views.document_list, query=LIST_QUERY), name="list"),
    path("rss/", public_page(feeds.LatestDocumentsFeed()), name="feed"),
    path("tep/<int:pk>/", views.document_file, name="file"),
    path("<slug:slug>-<int:pk>.html", public_page(views.document_detail), name="detail"),
    path("<slug:slug>-<int:pk>/ban-in/", public_page(views.document_print), name="print"),
]
