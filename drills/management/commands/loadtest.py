"""`manage.py loadtest`: readers (wrk) and an editor (the admin) at the same time.

gunicorn with production settings serves the demo site (load_demo --articles N) from its
own PostgreSQL server (drills.livesite), with Redis as the shared cache as a deployment with
several workers has it (its own database number, emptied first; each worker's own memory
when no Redis answers: then every worker rebuilds every page itself); wrk sends a weighted
mix of public pages over 64 connections while an editor publishes an article every second
through the admin.
Fails on any 5xx, socket error or lost publication; writes var/live/load/report.json.
"""

import json
import os
import random
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _

from drills.bench.load import ONE_ADDRESS_LIMITS, reachable_redis
from drills.gunicorn import ROOT
from drills.livesite import LiveSite
from drills.publisher import AdminPublisher

LUA = ROOT / "scripts" / "loadtest.lua"
DEFAULT_REDIS = "redis://127.0.0.1:6379/12"  # its own database number (the benchmark's is 13)
# Public surfaces that other parts of the site may add; each is used only if it answers 200.
OPTIONAL_PATHS = [f"/tim-kiem/?q={quote('văn hóa')}", "/rss/", "/sitemap.xml", "/the/van-hoa/"]


def path_mix(site) -> list[str]:
    urls = site.urls
    mix = ["/"] * 20 + urls["categories"] * 3 + [urls["author"]] * 2
    mix += random.sample(urls["articles"], min(40, len(urls["articles"])))
    for path in OPTIONAL_PATHS:
        if site.get(path)[0] == 200:
            mix += [path] * 4
    return mix


class Command(BaseCommand):
    # A plain str: argparse formats the description and cannot take lazy text.
    help = (
        "Thử tải: đọc trang công khai qua nhiều kết nối trong khi biên tập viên đăng bài mỗi giây."
    )

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=60, help=_("số giây thử tải"))
        parser.add_argument("--connections", type=int, default=64, help=_("số kết nối của wrk"))
        parser.add_argument("--threads", type=int, default=2, help=_("số luồng của wrk"))
        parser.add_argument("--workers", type=int, default=4, help=_("số tiến trình gunicorn"))
        parser.add_argument(
            "--articles", type=int, default=200, help=_("số bài tổng hợp thêm vào nội dung mẫu")
        )
        parser.add_argument(
            "--publish-interval", type=float, default=1.0, help=_("số giây giữa hai lần đăng bài")
        )
        parser.add_argument(
            "--redis-url",
            default=os.environ.get("LOADTEST_REDIS_URL", DEFAULT_REDIS),
            help=_("Redis làm bộ đệm chung (bị xóa trước khi thử); để trống: bộ nhớ từng worker"),
        )

    def handle(self, *args, **opts):
        wrk = shutil.which("wrk")
        if not wrk:
            raise CommandError(_("Cần cài wrk (apt-get install wrk)."))
        redis_url = reachable_redis(opts["redis_url"], self.stderr, empty=True)
        site = LiveSite(
            "load",
            articles=opts["articles"],
            workers=opts["workers"],
            settings={"REDIS_URL": redis_url, **ONE_ADDRESS_LIMITS},
        )
        try:
            site.prepare().serve()
            report = self.drill(site, wrk, opts)
            report["cache"] = "Redis" if redis_url else "bộ nhớ cục bộ của từng worker"
        finally:
            site.stop()
        (site.folder / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
        self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False))
        problems = self.problems(report)
        if problems:
            raise CommandError("; ".join(problems))
        self.stdout.write(self.style.SUCCESS(_("Thử tải đạt yêu cầu.")))

    def drill(self, site, wrk: str, opts) -> dict:
        mix = path_mix(site)
        paths_file = site.folder / "paths.txt"
        paths_file.write_text("\n".join(mix) + "\n")
        grace = settings.PUBLIC_PAGE_GRACE_SECONDS  # the server reads the same environment
        publisher = AdminPublisher(site, interval=opts["publish_interval"], grace=grace)
        publisher.login()
        publisher.start()
        try:
            result = subprocess.run(  # noqa: S603 - wrk with fixed arguments
                [wrk, f"-t{opts['threads']}", f"-c{opts['connections']}"]
                + [f"-d{opts['duration']}s", "--timeout", "30s", "-s", str(LUA)]
                + [site.base_url, "--", str(paths_file)],
                capture_output=True,
                text=True,
                timeout=opts["duration"] + 120,
            )
        finally:
            publisher.stop()
        line = next((x for x in result.stdout.splitlines() if x.startswith("LOADTEST_JSON ")), "")
        if not line:
            raise CommandError(
                f"wrk không in kết quả: {result.stdout[-2000:]} {result.stderr[-2000:]}"
            )
        readers = json.loads(line.removeprefix("LOADTEST_JSON "))
        return {
            "command": " ".join(Path(a).name if a == wrk else a for a in result.args),
            "gunicorn_workers": opts["workers"],
            "paths_in_mix": sorted(set(mix)),
            "readers": readers,
            "publishing": self.verify_publications(site, publisher),
        }

    def verify_publications(self, site, publisher) -> dict:
        rows = site.database.query(
            "SELECT a.id, a.slug, c.slug, a.status, a.published_at <= now() "
            "FROM articles_article a JOIN articles_category c ON c.id = a.category_id "
            "WHERE a.title = ANY(%s)",
            [publisher.published],
        )
        visible = 0
        for pk, slug, category, status, is_due in rows:
            url = reverse("articles:detail", kwargs={"category": category, "slug": slug, "pk": pk})
            if status == "published" and is_due and site.get(url)[0] == 200:
                visible += 1
        latencies = sorted(publisher.latencies) or [0.0]
        public = sorted(publisher.public_after) or [0.0]
        return {
            "attempted": publisher.attempted,
            "accepted_by_admin": len(publisher.published),
            "failed": publisher.failures,
            "landed_and_public": visible,
            "save_seconds_p50": round(latencies[len(latencies) // 2], 3),
            "save_seconds_max": round(latencies[-1], 3),
            "grace_seconds": settings.PUBLIC_PAGE_GRACE_SECONDS,
            "seen_on_home_page": len(publisher.public_after),
            "seconds_until_public_p50": round(public[len(public) // 2], 3),
            "seconds_until_public_p95": round(public[int(len(public) * 0.95)], 3),
            "seconds_until_public_max": round(public[-1], 3),
            "not_public_within_grace": [
                *publisher.never_public,
                *(f"{t:.1f} s" for t in public if t > settings.PUBLIC_PAGE_GRACE_SECONDS),
            ],
        }

    @staticmethod
    def problems(report) -> list[str]:
        readers, publishing = report["readers"], report["publishing"]
        problems = []
        if readers["server_errors_5xx"]:
            problems.append(f"{readers['server_errors_5xx']} phản hồi 5xx")
        if any(readers["socket_errors"].values()):
            problems.append(f"lỗi kết nối: {readers['socket_errors']}")
        if publishing["failed"]:
            problems.append(f"đăng bài thất bại: {publishing['failed'][:3]}")
        if publishing["landed_and_public"] != publishing["attempted"]:
            problems.append("có bài đã đăng nhưng không hiện ra")
        if publishing["not_public_within_grace"]:
            late = publishing["not_public_within_grace"]
            problems.append(f"bài chưa lên trang chủ sau thời gian ân hạn: {late[:3]}")
        if not publishing["accepted_by_admin"]:
            problems.append("không đăng được bài nào")
        return problems
