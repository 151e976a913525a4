from django.urls import include, path

from api.http import api_view
from api.views import api

_patterns, _app, _namespace = api.urls
for _pattern in _patterns:
    _pattern.callback = api_view(_pattern.callback)

urlpatterns = [path("", include((_patterns, _app), namespace=_namespace))]
