"""An editor publishing through the real admin, over HTTP, while the load test runs.

Plain `requests` calls with the cookies carried by hand: the production cookies are
`Secure`, and the drill speaks HTTP to gunicorn on loopback behind a pretend proxy
(`X-Forwarded-Proto: https`), so a cookie jar would refuse to send them.
"""

import re
import threading
import time
import uuid

import requests
from django.utils import timezone

from drills.livesite import EDITOR_USERNAME, PROXY_HEADERS

WATCH_EVERY = 0.2  # seconds between a watcher's reads of the home page
WATCH_PATH = "/"  # "Tin mới nhất": where a reader first looks for a new article


class AdminPublisher(threading.Thread):
    """Publishes one article per `interval`; then reads the home page, as a reader would
    (through the page cache), until the article shows: the time until it is public."""

    def __init__(self, site, interval: float = 1.0, grace: float = 30.0):
        super().__init__(daemon=True)
        self.site = site
        self.interval = interval
        self.watch_limit = grace + 10  # a watcher gives up well after the grace period
        self.public_after: list[float] = []  # seconds from the admin's answer to the home page
        self.never_public: list[str] = []
        self.cookies: dict[str, str] = {}
        self.stopping = threading.Event()
        self.attempted = 0
        self.published: list[str] = []  # titles the admin accepted (302)
        self.failures: list[str] = []
        self.latencies: list[float] = []
        self.origin = f"https://127.0.0.1:{site.port}"

    def _send(self, method: str, path: str, data=None) -> requests.Response:
        headers = {
            **PROXY_HEADERS,
            "Origin": self.origin,
            "Referer": self.origin + path,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        response = requests.request(
            method,
            self.site.base_url + path,
            data=data,
            headers=headers,
            allow_redirects=False,
            timeout=30,
        )
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    def login(self) -> None:
        self._send("GET", "/admin/login/")
        response = self._send(
            "POST",
            "/admin/login/",
            {
                "username": EDITOR_USERNAME,
                "password": self.site.editor_password,
                "next": "/admin/",
                "csrfmiddlewaretoken": self.cookies["csrftoken"],
            },
        )
        if response.status_code != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"đăng nhập trang quản trị thất bại: HTTP {response.status_code}")

    def pick_category(self, number: int) -> int:
        ids = self.site.urls["category_ids"]
        return ids[number % len(ids)]

    def publish_one(self, number: int) -> None:
        marker = uuid.uuid4().hex[:8]
        title = f"Tin tải thử số {number} – {marker}"
        now = timezone.localtime()  # the admin reads the site's local time
        self.attempted += 1
        started = time.monotonic()
        try:
            response = self._send(
                "POST",
                "/admin/articles/article/add/",
                {
                    "title": title,
                    "slug": "",
                    "sapo": "Tin đăng trong lúc thử tải.",
                    "body": "<p>Nội dung tin đăng trong lúc thử tải.</p>",
                    "category": self.pick_category(number),
                    "tags": "thử tải",
                    "published_at_0": now.strftime("%d/%m/%Y"),
                    "published_at_1": now.strftime("%H:%M:%S"),
                    # The editor's "Lưu và xuất bản ngay" button: status moves only by workflow.
                    "_workflow": "publish",
                    "csrfmiddlewaretoken": self.cookies["csrftoken"],
                },
            )
        except requests.RequestException as exc:
            self.failures.append(f"{title}: {exc}")
            return
        self.latencies.append(time.monotonic() - started)
        if response.status_code == 302:
            self.published.append(title)
            self._watch(title, marker, accepted=time.monotonic())
        else:
            errors = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
            self.failures.append(f"{title}: HTTP {response.status_code} {errors[:2]}")

    def _watch(self, title: str, marker: str, accepted: float) -> None:
        while time.monotonic() - accepted < self.watch_limit:
            try:
                status, body = self.site.get(WATCH_PATH)
            except OSError:
                status, body = 0, ""
            if status == 200 and marker in body:
                self.public_after.append(time.monotonic() - accepted)
                return
            time.sleep(WATCH_EVERY)
        self.never_public.append(title)

    def run(self) -> None:
        """One publication per interval, each on its own thread: a slow save under
        load must not lower the publishing rate."""
        pending = []
        number = 0
        next_at = time.monotonic()
        while not self.stopping.is_set():
            number += 1
            worker = threading.Thread(target=self.publish_one, args=(number,))
            worker.start()
            pending.append(worker)
            next_at += self.interval
            self.stopping.wait(max(0.0, next_at - time.monotonic()))
        for worker in pending:
            worker.join()

    def stop(self) -> None:
        self.stopping.set()
        self.join()
