"""/favicon.ico: browsers ask for it on every first visit (a 404 there is a console error)."""

import functools
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.views.decorators.http import require_safe

WEEK = 7 * 24 * 60 * 60


@functools.cache
def _icon() -> bytes:
    return Path(finders.find("favicon.ico")).read_bytes()


@require_safe
def favicon(request):
    response = HttpResponse(_icon(), content_type="image/x-icon")
    response["Cache-Control"] = f"public, max-age={WEEK}"
    return response
