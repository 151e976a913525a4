"""`manage.py bench`: the public site under load, each figure with its ratio to a ceiling.

1. a benchmark database beside the project's (``<name>_bench``), migrated and filled
   with ``--articles`` articles by the demo generator (demo.fill);
2. SQL queries per page counted through the test client, EXPLAIN ANALYZE of the lists;
3. gunicorn (drills.gunicorn: sync workers, DEBUG off, production settings, plain HTTP
   on loopback),
   Redis as the cache when it answers;
4. wrk over loopback against each URL set for ``--duration`` seconds after a warm-up,
   and against a fixed 20 KB view (the ceiling) at the start and the end;
5. a table (in Vietnamese, for operators): requests/s, ratio to the ceiling, p50/p99
   latency, errors, SQL queries per page (cache miss), peak worker RSS, worker CPU per
   request. Also written to var/bench/.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import psycopg2
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg2 import sql

from drills.bench import load, report
from drills.bench.prepare import prepare
from drills.gunicorn import Gunicorn

DEFAULT_REDIS = "redis://127.0.0.1:6379/13"  # its own database number: no clash with others


class Command(BaseCommand):
    help = "Đo tải các trang công khai bằng gunicorn và wrk, so với một trang 20 KB cố định."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=100_000,
            help="số bài đã xuất bản trong cơ sở dữ liệu đo",
        )
        parser.add_argument("--documents", type=int, default=50_000, help="số văn bản trong kho")
        parser.add_argument("--duration", type=int, default=10, help="giây đo cho mỗi dòng")
        parser.add_argument("--warmup", type=int, default=3, help="giây làm nóng mỗi dòng")
        parser.add_argument("--no-cache", action="store_true", help="tắt bộ đệm toàn trang")
        parser.add_argument("--workers", type=int, default=2, help="số tiến trình gunicorn")
        parser.add_argument("--threads", type=int, default=2, help="số luồng của wrk")
        parser.add_argument("--connections", type=int, default=32, help="số kết nối của wrk")
        parser.add_argument(
            "--redis-url",
            default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS),
            help="Redis cho bộ đệm; để trống để dùng bộ nhớ cục bộ của từng worker",
        )
        parser.add_argument(
            "--check", action="store_true", help="thoát với lỗi nếu có yêu cầu nào lỗi"
        )
        parser.add_argument(
            "--only",
            action="append",
            default=[],
            help="chỉ đo các dòng có tên chứa chuỗi này (lặp lại được); trần luôn được đo",
        )
        parser.add_argument("--prepare-into", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        if options["prepare_into"]:
            data = prepare(options["articles"], self.stdout, options["documents"])
            Path(options["prepare_into"]).write_text(json.dumps(data))
            return
        load.wrk_binary()  # fail early when wrk is missing
        # A stopped benchmark still stops its server (the `with` below).
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        redis_url = load.reachable_redis(options["redis_url"], self.stderr)
        database_url = self.bench_database()
        dev_env = dict(
            os.environ,
            DATABASE_URL=database_url,
            REDIS_URL=redis_url,
            BENCH_CEILING="1",
            LOG_LEVEL="ERROR",
        )
        prod_env = load.production_env(database_url, redis_url, not options["no_cache"])
        self.manage(dev_env, "migrate", "--noinput", "-v0")
        with tempfile.NamedTemporaryFile(suffix=".json") as prepared:
            self.manage(
                dev_env,
                "bench",
                f"--articles={options['articles']}",
                f"--documents={options['documents']}",
                "--prepare-into",
                prepared.name,
            )
            data = json.loads(Path(prepared.name).read_text())
        self.manage(prod_env, "collectstatic", "--noinput", "-v0")
        out_dir = Path(settings.BASE_DIR) / "var" / "bench"
        out_dir.mkdir(parents=True, exist_ok=True)
        with Gunicorn(prod_env, options["workers"], out_dir / "gunicorn.log") as server:
            rows, ceilings = self.drive(server, _chosen(data["rows"], options["only"]), options)
        text = self.render(data, rows, ceilings, options, redis_url)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        (out_dir / f"bench-{stamp}.txt").write_text(text)
        self.stdout.write(text)
        failed = [row["name"] for row in rows if row["result"] and row["result"].errors]
        if options["check"] and failed:
            raise CommandError(f"Có yêu cầu lỗi ở: {', '.join(failed)}")

    def drive(self, server, planned, options):
        """Each row between two runs of the ceiling: its ratio is to their mean.

        The machine may be busy with other work; pairing keeps each ratio honest.
        """

        def wrk(paths, method, warmup, warm_paths=None):
            warm_paths = warm_paths or paths
            load.run_wrk(
                server, warm_paths, warmup, options["threads"], options["connections"], method
            )
            return load.run_wrk(
                server,
                paths,
                options["duration"],
                options["threads"],
                options["connections"],
                method,
            )

        ceiling_row, *pages = planned

        def ceiling():
            self.stderr.write("… trần")
            return wrk(ceiling_row["paths"], "GET", 1)

        rows, ceilings = [], [ceiling()]
        for row in pages:
            row = dict(row, result=None, note="", ceiling_rps=0.0)
            status = server.status(row["paths"][0], row["method"])
            if status is None or status >= 400:
                row["note"] = f"không có trong bản này (HTTP {status})"
                rows.append(row)
                continue
            self.stderr.write(f"… {row['name']}")
            paths, warm_paths = row["paths"], None
            if not row.get("prime", True):
                # Pages asked for the first time (distinct searches): the warm-up uses the
                # last quarter, the run the rest, so no page is asked twice before it counts.
                split = len(paths) * 3 // 4
                paths, warm_paths = paths[:split], paths[split:]
            elif row["method"] == "GET":  # warm: full pages, or with --no-cache the fragments
                server.prime(paths)
            row["result"] = wrk(paths, row["method"], options["warmup"], warm_paths)
            ceilings.append(ceiling())
            row["ceiling_rps"] = (ceilings[-2].rps + ceilings[-1].rps) / 2
            rows.append(row)
        ceiling = _mean(ceilings)
        for row in rows:
            row["ceiling_cpu_ms"] = ceiling.cpu_ms
        head = dict(ceiling_row, result=ceiling, note="", ceiling_rps=0.0)
        return [dict(head, ceiling_cpu_ms=ceiling.cpu_ms)] + rows, [c.rps for c in ceilings]

    def render(self, data, rows, ceilings, options, redis_url):
        cache = "tắt" if options["no_cache"] else "bật"
        store = "Redis" if redis_url else "bộ nhớ cục bộ"
        head = [
            f"Đo tải Newsroom {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPU, "
            f"{data['articles']} bài đã xuất bản, {data.get('documents', 0)} văn bản công khai",
            f"gunicorn {options['workers']} worker sync, DEBUG tắt; bộ đệm toàn trang {cache}; "
            f"nơi lưu bộ đệm {store}; "
            f"wrk -t{options['threads']} -c{options['connections']} "
            f"-d{options['duration']}s (sau {options['warmup']} giây làm nóng)",
            f"trần (trang cố định 20 KB) đo {len(ceilings)} lần, trước và sau mỗi dòng: "
            f"{min(ceilings):.0f}–{max(ceilings):.0f} yc/s; "
            "×trần = yc/s của dòng chia cho trung bình hai lần đo trần quanh nó",
            "",
        ]
        scans = data["scans"]
        tail = [
            "",
            "SQL = số truy vấn nhiều nhất thấy trên các trang của dòng khi tắt bộ đệm toàn "
            "trang; trang lấy từ bộ đệm không chạy truy vấn nào.",
            "CPU ms = thời gian CPU của các worker gunicorn cho mỗi yêu cầu (không tính "
            "PostgreSQL, Redis); ×trần CPU = CPU ms của trần chia cho CPU ms của dòng: cùng "
            "phép so sánh, ít bị tải khác trên máy làm lệch.",
            "",
            "EXPLAIN ANALYZE (chuyên mục nhiều bài nhất):",
            report.explain_summary(data["explain"]),
            "",
            f"EXPLAIN mọi câu SELECT của các trang trên ({scans['explained']} truy vấn): "
            f"quét tuần tự bảng lớn: {len(scans['seq_scans']) or 'không có'}",
            *scans["seq_scans"],
        ]
        return "\n".join(head) + report.table(rows) + "\n" + "\n".join(tail) + "\n"

    def manage(self, env, *args):
        subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env, check=True
        )

    def bench_database(self) -> str:
        """Create <name>_bench on the project's PostgreSQL server; return its URL."""
        db = settings.DATABASES["default"]
        name = f"{db['NAME']}_bench"
        params = {"user": db["USER"], "password": db.get("PASSWORD") or None}
        params.update(host=db.get("HOST") or None, port=db.get("PORT") or None)
        try:
            conn = psycopg2.connect(dbname="postgres", **params)
        except psycopg2.Error as error:
            raise CommandError(f"PostgreSQL không trả lời: {error}") from error
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(
                    sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                        sql.Identifier(name)
                    )
                )
        conn.close()
        auth = quote(db["USER"], safe="")
        if db.get("PASSWORD"):
            auth += ":" + quote(db["PASSWORD"], safe="")
        host = quote(db.get("HOST") or "", safe="")
        port = f":{db['PORT']}" if db.get("PORT") else ""
        return f"postgres://{auth}@{host}{port}/{name}"


def _mean(results):
    """The ceiling's row: the mean of its runs (peak memory: the highest)."""
    count = len(results)
    return load.Result(
        requests=sum(r.requests for r in results) // count,
        seconds=sum(r.seconds for r in results) / count,
        errors=sum(r.errors for r in results),
        p50_ms=sum(r.p50_ms for r in results) / count,
        p99_ms=sum(r.p99_ms for r in results) / count,
        peak_rss=max(r.peak_rss for r in results),
        cpu_seconds=sum(r.cpu_seconds for r in results) / count,
    )


def _chosen(rows, only):
    """The ceiling row and the rows whose name holds one of `only` (every row when empty)."""
    ceiling, *pages = rows
    return [ceiling, *(row for row in pages if not only or any(o in row["name"] for o in only))]
