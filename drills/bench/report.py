"""The benchmark's printed table and EXPLAIN summary."""

import re

MIB = 1024 * 1024


def table(rows) -> str:
    """rows: dicts with name, result (load.Result or None), ceiling_rps, queries, note.

    Headers in Vietnamese, for operators: yc/s = requests per second, ×trần = ratio to the
    ceiling, lỗi = errors, RSS đỉnh = peak worker memory.
    """
    header = (
        f"{'trang':<22} {'yc/s':>7} {'×trần':>8} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'lỗi':>6} {'SQL':>3} {'RSS đỉnh':>9} {'CPU ms':>6} {'×trần CPU':>9}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        result = row["result"]
        if result is None:
            lines.append(f"{row['name']:<22} {row['note']}")
            continue
        ratio = f"{result.rps / row['ceiling_rps']:.3f}" if row["ceiling_rps"] else "1"
        cpu_ratio = f"{row['ceiling_cpu_ms'] / result.cpu_ms:.3f}" if result.cpu_ms else "-"
        lines.append(
            f"{row['name']:<22} {result.rps:>7.0f} {ratio:>8} {result.p50_ms:>7.1f} "
            f"{result.p99_ms:>7.1f} {result.errors:>6d} {row['queries']:>3d} "
            f"{result.peak_rss / MIB:>5.0f} MiB {result.cpu_ms:>6.2f} {cpu_ratio:>9}"
        )
    return "\n".join(lines)


def _scans(plan: str) -> str:
    nodes = re.findall(
        r"((?:Parallel )?(?:Index Only Scan|Index Scan|Seq Scan|Bitmap Heap Scan|"
        r"Bitmap Index Scan)(?: Backward)?(?: using \w+)? on \w+)",
        plan,
    )
    heap = re.findall(r"Heap Fetches: (\d+)", plan)
    text = "; ".join(dict.fromkeys(nodes)) or "?"
    return text + (f" (heap fetches {', '.join(heap)})" if heap else "")


def explain_summary(plans: dict) -> str:
    width = max(len(name) for name in plans)
    return "\n".join(
        f"{name:<{width}}  {data['ms']:>8.2f} ms  {_scans(data['plan'])}"
        for name, data in plans.items()
    )
