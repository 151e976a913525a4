"""Test-only routes: public pages whose responses show whether they were rendered again."""

import itertools

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import include, path
from django.views.decorators.cache import never_cache

from articles.page_cache import public_page

renders = itertools.count(1)


def counter(request):
    return HttpResponse(f"render {next(renders)} page={request.GET.get('page', '')}")


@never_cache
def never_cached(request):
    return counter(request)


def with_cookie(request):
    response = counter(request)
    response.set_cookie("seen", "1")
    return response


def with_csrf_token(request):
    return HttpResponse(f"render {next(renders)} token={get_token(request)}")


def not_found(request):
    return HttpResponse(f"render {next(renders)}", status=404)


urlpatterns = [
    path("t/counter/", public_page(counter, query=("page",)), name="counter"),
    path("t/unmarked/", counter, name="unmarked"),
    path("t/never-cached/", public_page(never_cached)),
    path("t/cookie/", public_page(with_cookie)),
    path("t/csrf/", public_page(with_csrf_token)),
    path("t/not-found/", public_page(not_found)),
    path("", include("articles.urls")),
]
