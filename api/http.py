"""The one place every API response passes through: HTTP caching, CORS and throttling.

`api_view` wraps each URL of the API. Caching is the site's full-page cache
(`articles.page_cache.public_page`): keyed on the content version, with Cache-Control,
ETag, Last-Modified and 304. CORS: any origin may read (GET, no credentials). The rate
limit per address (`RATE_LIMIT_API`) applies here, around every endpoint at once, to the
requests the cache does not answer.
"""

import functools

from django.http import HttpResponse

from api.errors import too_many_requests
from api.params import QUERY_NAMES
from articles.page_cache import public_page
from core.ratelimit import limit

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified",
    "Access-Control-Max-Age": "86400",
}


def _as_get(view, request, *args, **kwargs):
    """HEAD answers as GET (the routes declare GET only); the server drops the body."""
    request.method = "GET"
    try:
        return view(request, *args, **kwargs)
    finally:
        request.method = "HEAD"


def _with_cors(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":  # a browser's preflight
            response = HttpResponse(status=204)
        elif request.method == "HEAD":
            response = _as_get(view, request, *args, **kwargs)
        else:
            response = view(request, *args, **kwargs)
        for name, value in CORS_HEADERS.items():
            response.setdefault(name, value)
        return response

    return wrapper


def api_view(view):
    """Wrap one API view: per-address limit (pages served from the cache are free), CORS."""
    limited = limit("api", "RATE_LIMIT_API", refuse=too_many_requests)(view)
    return public_page(_with_cors(limited), query=QUERY_NAMES)
