"""The benchmark's printed table and EXPLAIN summary."""

import re

MIB = 1024 * 1024


def table(rows) -> str:
    """rows: dicts with name, result (load.Result or None), ceiling_rps, queries, note."""
    header = (
        f"{'page':<22} {'req/s':>8} {'×ceiling':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>7} {'SQL':>4} {'peak RSS':>9}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        result = row["result"]
        if result is None:
            lines.append(f"{row['name']:<22} {row['note']}")
            continue
        ratio = f"{result.rps / row['ceiling_rps']:.3f}" if row["ceiling_rps"] else "1"
        lines.append(
            f"{row['name']:<22} {result.rps:>8.0f} {ratio:>9} {result.p50_ms:>8.1f} "
            f"{result.p99_ms:>8.1f} {result.errors:>7d} {row['queries']:>4d} "
            f"{result.peak_rss / MIB:>6.0f} MiB"
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
