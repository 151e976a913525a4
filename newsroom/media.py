"""Serve uploaded media from MEDIA_ROOT for the single-process deployment.

Uploaded files are never trusted to be what their name says. Images we make
(re-encoded JPEG/PNG/WebP/GIF) are sent inline with their image type; anything
else is sent as an opaque download, so a browser never renders a stored file as
HTML or script. Every response carries `nosniff` and a CSP that forbids scripts.
"""

import posixpath
from pathlib import PurePosixPath

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

INLINE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


@require_safe
def serve_media(request, path):
    top = posixpath.normpath(path).lstrip("/").split("/", 1)[0]
    if top in settings.PRIVATE_MEDIA_DIRS:
        raise Http404  # served by their own app, which checks what is public
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    content_type = INLINE_TYPES.get(PurePosixPath(path).suffix.lower())
    if content_type:
        response["Content-Type"] = content_type
    else:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
