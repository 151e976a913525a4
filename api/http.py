"""The one place every API response passes through: HTTP caching, CORS and throttling.

`api_view` wraps each URL of the API. Caching is the site's full-page cache
(`articles.page_cache.public_page`): keyed on the content version, with Cache-Control,
ETag, Last-Modified and 304. CORS: any origin may read (GET, no credentials). A rate limit
for anonymous readers applies here, around every endpoint at once.
"""

import functools

from django.http import HttpResponse

from api.params import QUERY_NAMES
from articles.page_cache import public_page

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified",
    "Access-Control-Max-Age": "86400",
}


def _with_cors(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":  # a browser's preflight
            response = HttpResponse(status=204)
        else:
            response = view(request, *args, **kwargs)
        for name, value in CORS_HEADERS.items():
            response.setdefault(name, value)
        return response

    return wrapper


def api_view(view):
    """Wrap one API view (the place for the anonymous rate limit, when it lands)."""
    return public_page(_with_cors(view), query=QUERY_NAMES)
