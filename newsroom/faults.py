"""Turn infrastructure faults into pages a reader or editor can act on.

- The database is unreachable (server restarting, connection lost): 503 with a
  friendly Vietnamese page and `Retry-After`; the next request reconnects by
  itself (CONN_HEALTH_CHECKS).
- The media storage fails while saving an upload (disk full, read-only, I/O
  error): 507 with a clear message. The admin saves inside a transaction, so the
  article is left as it was.

`ServiceFaultMiddleware` handles faults raised by views; `server_error` (the
project's handler500) handles the same faults raised elsewhere (a middleware).
"""

import errno
import logging
import sys

from django import db
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

logger = logging.getLogger("newsroom.faults")

DATABASE_DOWN = (db.OperationalError, db.InterfaceError)
STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}
RETRY_AFTER_SECONDS = 10


def _wants_json(request) -> bool:
    # Browsers navigating ask for text/html; the editor's upload (XHR) does not.
    return "text/html" not in request.headers.get("Accept", "")


def database_unavailable(request) -> HttpResponse:
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def storage_failed(request) -> HttpResponse:
    message = _(
        "Không lưu được tệp: bộ nhớ lưu trữ của máy chủ đã đầy hoặc đang lỗi. "
        "Bài viết chưa bị thay đổi. Hãy báo cho quản trị viên rồi thử lại."
    )
    if _wants_json(request):
        response = JsonResponse({"error": {"message": message}}, status=507)
    else:
        response = HttpResponse(render_to_string("507.html", {"message": message}), status=507)
    response["Cache-Control"] = "no-store"
    return response


def response_for_fault(request, exc):
    """A response for an infrastructure fault, or None for any other exception."""
    if isinstance(exc, DATABASE_DOWN):
        logger.warning("database unavailable: %s", exc)
        return database_unavailable(request)
    if isinstance(exc, OSError) and exc.errno in STORAGE_ERRNOS:
        logger.error("media storage failed: %s", exc)
        return storage_failed(request)
    return None


class ServiceFaultMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return response_for_fault(request, exception)


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: faults raised outside a view still get their own page."""
    response = response_for_fault(request, sys.exc_info()[1])
    return response or defaults.server_error(request, template_name)
