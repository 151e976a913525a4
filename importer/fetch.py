"""`import_site --fetch-images`: images with no local copy downloaded from the old site
over HTTP(S), each within a size cap (IMAGE_MAX_BYTES) and a time limit, then stored
through the same intake as local copies (never hot-linked). Only the command does this;
the admin's import page never reaches out to the network."""

import http.client
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

CHUNK = 64 * 1024
USER_AGENT = "Newsroom-import/1.0"


class FetchError(Exception):
    """An image that could not be downloaded; the message is for the administrator."""


class _FewRedirects(urllib.request.HTTPRedirectHandler):
    """At most three redirects, to http(s) addresses only (urllib refuses other schemes)."""

    max_redirections = 3


class ImageFetcher:
    def __init__(self, *, timeout: float = 10.0, max_bytes: int | None = None):
        self.timeout = timeout
        self.max_bytes = max_bytes or settings.IMAGE_MAX_BYTES
        self.failed: dict[str, str] = {}  # url → reason: each bad address tried once a run
        self.opener = urllib.request.build_opener(_FewRedirects)
        self.fetched = 0

    def get(self, url: str) -> bytes:
        if url in self.failed:
            raise FetchError(self.failed[url])
        try:
            data = self._download(url)
        except FetchError as exc:
            self.failed[url] = str(exc)
            raise
        self.fetched += 1
        return data

    def _download(self, url: str) -> bytes:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(_("chỉ tải ảnh qua http hoặc https"))
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
        deadline = time.monotonic() + self.timeout
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise self._too_big()
                return self._read(response, deadline)
        except urllib.error.HTTPError as exc:
            raise FetchError(_("máy chủ trả lời %(code)s") % {"code": exc.code}) from exc
        except (TimeoutError, urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError):
                raise FetchError(_("quá %(s)s giây") % {"s": self.timeout}) from exc
            raise FetchError(_("không kết nối được (%(e)s)") % {"e": reason}) from exc

    def _read(self, response, deadline: float) -> bytes:
        parts, size = [], 0
        while chunk := response.read(CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_big()
            if time.monotonic() > deadline:
                raise FetchError(_("quá %(s)s giây") % {"s": self.timeout})
            parts.append(chunk)
        return b"".join(parts)

    def _too_big(self) -> FetchError:
        return FetchError(_("ảnh lớn hơn %(limit)s") % {"limit": filesizeformat(self.max_bytes)})
