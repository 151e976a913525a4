from django.urls import path

from articles.page_cache import public_page
from search import views

app_name = "search"

urlpatterns = [
    path(
        "tim-kiem/",
        public_page(views.search_view, query=("q", "category", "date_from", "date_to", "page")),
        name="search",
    ),
]
