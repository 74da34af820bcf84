"""Figures 8 and 9 — scale: a store of ~1M passages (the real reviews repeated under "… copy N"
titles, real vectors of the same passage texts; built by the project's build, so the vector index is
whatever the build picks at that size — IVF — with the recall it measured) answering questions warm
(p50/p99, RSS) and from a new process (cold start); and a soak: 20,000 questions through one engine,
RSS growth after warm-up (≤ 5 %).

Aims (issue 15) at 1M: warm ask p50 ≤ 30 ms, p99 ≤ 80 ms, RSS ≤ 1.2 GB, cold start ≤ 2 s."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness import HERE, PY, fmt, log, run_proc, verdict

AIM_P50_MS = 30.0
AIM_P99_MS = 80.0
AIM_RSS_MB = 1200.0
AIM_COLD_S = 2.0
AIM_SOAK_GROWTH = 0.05


def index_info(index_dir: Path) -> dict[str, Any]:
    from index import layout

    version = layout.current_version_dir(index_dir)
    assert version is not None
    manifest = json.loads((version / layout.MANIFEST).read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in version.rglob("*") if p.is_file())
    return {
        "vectors": manifest.get("vectors"),
        "encoder": manifest["model"].get("encoder"),
        "disk_mb": round(size / 2**20, 1),
    }


def soak(index_dir: Path, questions: int, warmup: int) -> dict[str, Any]:
    log(f"9. soak: {questions:,} questions through one engine …")
    _, out = run_proc(
        [
            PY,
            str(HERE / "bench_soak.py"),
            str(index_dir),
            "--questions",
            str(questions),
            "--warmup",
            str(warmup),
        ],
        timeout=7200,
    )
    return dict(json.loads(out))


def _split(lat: dict[str, Any]) -> str:
    """"heap H MB + mapped index pages F MB; " when the run recorded them: the pages are the index
    files' page cache, shared by every process serving the version and bounded by the files."""
    if "anon_mb" not in lat:
        return ""
    return f"heap {fmt(lat['anon_mb'])} MB + mapped index pages {fmt(lat['file_mb'])} MB; "


def rows(f: dict[str, Any], d: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    s = d.get("scale")
    if s:
        lat, cold, info = s["latency"], s["cold"], s["info"]
        vec = info.get("vectors") or {}
        kind = vec.get("type", "?")
        if kind.startswith("ivf"):
            kind += f", nlist {vec.get('nlist')}, nprobe {vec.get('nprobe')}, recall@10 {vec.get('recall10')}"
        for call in ("ask", "search"):
            ok = lat[call]["p50_ms"] <= AIM_P50_MS and lat[call]["p99_ms"] <= AIM_P99_MS
            lines.append(
                f"| 8 | `{call}` warm p50 / p99 ({kind}) | {fmt(lat['passages'])} passages | "
                f"{fmt(lat[call]['p50_ms'])} / {fmt(lat[call]['p99_ms'])} ms | "
                f"{fmt(lat['bare']['p50_ms'])} / {fmt(lat['bare']['p99_ms'])} ms (encode + FAISS) | "
                f"{fmt(lat.get(f'{call}_ratio_p50'))} / {fmt(lat.get(f'{call}_ratio_p99'))} | "
                f"≤ {AIM_P50_MS:g} / {AIM_P99_MS:g} ms | {verdict(ok)} |"
            )
        lines.append(
            f"| 8 | peak RSS, engine after {lat['calls']} search/ask calls | {fmt(lat['passages'])} passages | "
            f"{fmt(lat['peak_rss_mb'])} MB ({_split(lat)}index on disk {fmt(info['disk_mb'])} MB) | — | — | "
            f"≤ {AIM_RSS_MB:g} MB | "
            f"{verdict(lat['peak_rss_mb'] <= AIM_RSS_MB)} |"
        )
        lines.append(
            f'| 8 | cold start: new process `filmbot ask "…"` to printed answer | {fmt(lat["passages"])} passages | '
            f"{fmt(cold['median_s'])} s (median of {len(cold['runs_s'])}, max {fmt(cold['max_s'])}; peak RSS "
            f"{fmt(cold['peak_rss_mb'])} MB) | {fmt(cold['bare_median_s'])} s (load ONNX + vectors, encode, search) | "
            f"{fmt(cold['ratio'])} | ≤ {AIM_COLD_S:g} s | {verdict(cold['median_s'] <= AIM_COLD_S)} |"
        )
    soaked = d.get("soak")
    if soaked:
        k = soaked
        lines.append(
            f"| 9 | soak: {fmt(k['questions'])} questions through one engine (ask/search alternating) | "
            f"{fmt(k['passages'])} passages | RSS {fmt(k['rss_after_warmup_mb'])} → {fmt(k['rss_end_mb'])} MB "
            f"({100 * k['growth']:+.1f} %; heap {100 * k['anon_growth']:+.1f} %, mapped index pages "
            f"{k['samples'][-1]['file_mb'] - k['samples'][0]['file_mb']:+.1f} MB), "
            f"p50 / p99 {fmt(k['latency']['p50_ms'])} / {fmt(k['latency']['p99_ms'])} ms | "
            f"— | — | growth ≤ {100 * AIM_SOAK_GROWTH:g} % | {verdict(k['growth'] <= AIM_SOAK_GROWTH)} |"
        )
    return lines
