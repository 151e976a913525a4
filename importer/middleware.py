"""Old site URLs answer 301 to the imported items: consulted only when a page is a 404."""

from django.http import HttpResponsePermanentRedirect

from importer.redirects import ID_PARAMS, target_for


def _wordpress_home_link(request) -> bool:
    """'/?p=12': WordPress's plain links land on our home page, which is not a 404."""
    return request.path == "/" and not ID_PARAMS.isdisjoint(request.GET)


class OldUrlRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in {"GET", "HEAD"}:
            return response
        if response.status_code != 404 and not _wordpress_home_link(request):
            return response
        target = target_for(request.path, request.META.get("QUERY_STRING", ""))
        return HttpResponsePermanentRedirect(target) if target else response
