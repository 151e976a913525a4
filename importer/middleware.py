"""Old site URLs answer 301 to the imported items: consulted only when a page is a 404."""

from django.http import HttpResponsePermanentRedirect

from importer.redirects import target_for


class OldUrlRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in {"GET", "HEAD"}:
            return response
        target = target_for(request.path, request.META.get("QUERY_STRING", ""))
        return HttpResponsePermanentRedirect(target) if target else response
