from django.urls import path

from articles.page_cache import public_page
from core.ratelimit import limit
from search import views

app_name = "search"

urlpatterns = [
    path(
        "tim-kiem/",
        public_page(
            limit("search", "RATE_LIMIT_SEARCH")(views.search_view),
            query=("q", "category", "date_from", "date_to", "page"),
        ),
        name="search",
    ),
]
