"""Figure 4 — cold start: a new process running `filmbot ask "…"` until it exits with the answer
printed ÷ a bare process that loads the ONNX model and the vectors, encodes and searches."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from harness import AIMS, HERE, PY, filmbot, fmt, ratio, run_measured, verdict

# Goes through the whole dense path (a question naming no film of the corpus is searched for).
COLD_QUESTION = "Which film is about jack the ripper?"


def measure(index_dir: Path, runs: int) -> dict[str, Any]:
    ask_runs, rss, bare_runs, bare_rss = [], [], [], []
    answer = ""
    for _ in range(runs):
        wall, peak, out = run_measured(filmbot("ask", COLD_QUESTION, "--index", str(index_dir)))
        ask_runs.append(wall)
        rss.append(peak)
        answer = out.strip().splitlines()[0] if out.strip() else ""
        wall, peak, _ = run_measured([PY, str(HERE / "bench_bare.py"), "cold", str(index_dir), COLD_QUESTION])
        bare_runs.append(wall)
        bare_rss.append(peak)
    st_import, _, _ = run_measured([PY, "-c", "import sentence_transformers"])
    return {
        "question": COLD_QUESTION,
        "first_answer_line": answer[:120],
        "runs_s": [round(t, 3) for t in ask_runs],
        "median_s": round(statistics.median(ask_runs), 3),
        "max_s": round(max(ask_runs), 3),
        "peak_rss_mb": round(max(rss), 1),
        "bare_runs_s": [round(t, 3) for t in bare_runs],
        "bare_median_s": round(statistics.median(bare_runs), 3),
        "bare_peak_rss_mb": round(max(bare_rss), 1),
        "import_sentence_transformers_s": round(st_import, 3),
        "ratio": ratio(statistics.median(ask_runs), statistics.median(bare_runs)),
    }


def rows(f: dict[str, Any], d: dict[str, Any]) -> list[str]:
    """Rows 4 (each store) and 4b of the summary table."""
    lines: list[str] = []
    for c in (d["cold"], d.get("cold_large")):
        if not c:
            continue
        lines.append(
            f'| 4 | cold start: new process `filmbot ask "…"` to printed answer | {fmt(c["passages"])} passages | '
            f"{fmt(c['median_s'])} s (median of {len(c['runs_s'])}, max {fmt(c['max_s'])}; "
            f"peak RSS {fmt(c['peak_rss_mb'])} MB) | "
            f"{fmt(c['bare_median_s'])} s (load ONNX + vectors, encode, search) | {fmt(c['ratio'])} | "
            f"≤ {AIMS['cold_start_s']} s | {verdict(c['median_s'] <= AIMS['cold_start_s'])} |"
        )
    c = d["cold"]
    lines.append(
        f"| 4b | for comparison: `import sentence_transformers` alone | — | "
        f"{fmt(c['import_sentence_transformers_s'])} s | — | — | — | — |"
    )
    return lines
