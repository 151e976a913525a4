"""Database outage under load: gunicorn (2 workers, production settings) keeps answering
with a friendly 503 while PostgreSQL is down, and recovers by itself once it is back.

Runs against its own embedded PostgreSQL data directory (var/live/outage/), which it
stops and restarts; never the shared development server. `make faults` prints the
figures (requests, statuses, recovery time) and writes them to var/live/outage/report.json.
"""

import itertools
import json
import threading
import time

import pytest

from drills.livesite import LiveSite

pytestmark = pytest.mark.live

READERS = 4
FRIENDLY = "Trang tạm thời gián đoạn"


@pytest.fixture(scope="module")
def site():
    # Full-page cache off: pages already cached would be answered without the database;
    # this drill is about what a reader gets when the page needs it.
    live = LiveSite("outage", articles=30, workers=2, settings={"PUBLIC_PAGE_CACHE": "0"})
    live = live.prepare().serve()
    yield live
    live.stop()


class Readers:
    def __init__(self, site):
        self.site = site
        paths = ["/", *site.urls["categories"], *site.urls["articles"][:10]]
        self.paths = itertools.cycle(paths)
        self.lock = threading.Lock()
        self.results: list[tuple[float, int, str]] = []  # (monotonic time, status, page)
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.run) for _ in range(READERS)]

    def run(self):
        while not self.stopping.is_set():
            with self.lock:
                path = next(self.paths)
            try:
                status, body = self.site.get(path, timeout=15)
            except OSError as exc:  # a refused or reset connection is a failure too
                status, body = 0, repr(exc)
            with self.lock:
                self.results.append((time.monotonic(), status, body))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join()

    def first_ok_after(self, moment: float, timeout: float) -> float | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                ok = [t for t, status, _ in self.results if t > moment and status == 200]
            if ok:
                return min(ok)
            time.sleep(0.05)
        return None


def test_readers_get_a_friendly_503_and_the_site_recovers_by_itself(site):
    with Readers(site) as readers:
        time.sleep(3)
        stopped_at = time.monotonic()
        site.database.stop()
        time.sleep(4)
        restarted_at = time.monotonic()
        site.database.restart()
        back_at = time.monotonic()
        recovered_at = readers.first_ok_after(back_at, timeout=60)
        time.sleep(2)
    results = readers.results
    statuses = [status for _, status, _ in results]
    during = [(s, b) for t, s, b in results if stopped_at + 1 < t < restarted_at]
    report = {
        "requests": len(results),
        "by_status": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "outage_seconds": round(back_at - stopped_at, 2),
        "server_restart_seconds": round(back_at - restarted_at, 2),
        "recovery_seconds_after_server_up": (
            round(recovered_at - back_at, 3) if recovered_at else None
        ),
    }
    (site.folder / "report.json").write_text(json.dumps(report, indent=2))
    print("\ndatabase outage drill:", json.dumps(report))

    assert set(statuses) <= {200, 503}, report  # no 500, no dropped connection
    assert during and all(status == 503 for status, _ in during), report
    for _status, body in during:
        assert FRIENDLY in body
        assert "Traceback" not in body and "OperationalError" not in body
    assert recovered_at is not None, "the site did not recover within 60 s"
    tail = [status for t, status, _ in results if t > recovered_at + 1]
    assert tail and all(status == 200 for status in tail), report
