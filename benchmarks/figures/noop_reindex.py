"""Figure 2 — a no-change reindex of the ~10k-passage store (CLI, new process, everything skipped by
hash) ÷ reading and hashing every corpus file."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

from harness import AIMS, HERE, PY, filmbot, fmt, ratio, run_proc, verdict


def measure(corpus: Path, index_dir: Path, runs: int) -> dict[str, Any]:
    times = []
    report: dict[str, Any] = {}
    for _ in range(runs):
        wall, out = run_proc(
            filmbot("index", "build", "--corpus", str(corpus), "--index", str(index_dir), "--json")
        )
        report = json.loads(out)
        times.append(wall)
    skipped_all = report.get("added") == 0 and report.get("updated") == 0 and report.get("removed") == 0
    scan_wall, _ = run_proc([PY, str(HERE / "bench_bare.py"), "scan", str(corpus)])
    return {
        "passages": report.get("chunks"),
        "reviews": report.get("reviews"),
        "runs_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "inprocess_s": report.get("seconds"),
        "everything_skipped": skipped_all,
        "bare_scan_s": round(scan_wall, 3),
    }


def rows(f: dict[str, Any], d: dict[str, Any]) -> list[str]:
    """Row 2 of the summary table."""
    lines: list[str] = []
    n = d["noop"]
    lines.append(
        f"| 2 | no-change reindex (new process) | {fmt(n['passages'])} passages | {fmt(n['median_s'])} s "
        f"(median of {len(n['runs_s'])}) | {fmt(n['bare_scan_s'])} s (read + hash every file) | "
        f"{fmt(ratio(n['median_s'], n['bare_scan_s']))} | ≤ {AIMS['noop_reindex_s']} s | "
        f"{verdict(n['median_s'] <= AIMS['noop_reindex_s'] and n['everything_skipped'])} |"
    )
    return lines
