"""Figure 1 — build throughput: `filmbot index build` over real reviews (a new process) ÷ the bare
model's `encode` throughput on the very same passage texts (full run: a seeded random sample), and
for comparison the ONNX export encoding them."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench_corpus import SourceReview, write_text_corpus
from harness import AIMS, HERE, PY, filmbot, fmt, loadavg, log, ratio, run_proc, verdict


def measure(work: Path, reviews: list[SourceReview], bare_sample: int) -> dict[str, Any]:
    corpus = write_text_corpus(reviews, work / "corpus")
    index_dir = work / "index-real"
    log(f"1. build: `filmbot index build` over {len(reviews)} reviews …")
    load_before = loadavg()
    wall, out = run_proc(
        filmbot("index", "build", "--corpus", str(corpus), "--index", str(index_dir), "--json")
    )
    report = json.loads(out)
    passages = int(report["chunks"])
    from bench_bare import passage_documents

    texts = passage_documents(index_dir)
    assert len(texts) == passages, (len(texts), passages)
    sample = texts
    if bare_sample and len(texts) > bare_sample:
        sample = random.Random(8).sample(texts, bare_sample)
    texts_file = work / "texts.json"
    texts_file.write_text(json.dumps(sample), encoding="utf-8")
    log(f"1. bare model: SentenceTransformer.encode on {len(sample)} of the same {passages} passage texts …")
    _, bare_out = run_proc([PY, str(HERE / "bench_bare.py"), "encode", str(texts_file), "--batch-size", "64"])
    bare = json.loads(bare_out)
    onnx_file = work / "texts-onnx.json"
    onnx_file.write_text(json.dumps(sample[:1000]), encoding="utf-8")
    log(f"1. for comparison: the ONNX export on {min(len(sample), 1000)} of the same texts …")
    _, onnx_out = run_proc([PY, str(HERE / "bench_bare.py"), "encode-onnx", str(onnx_file)])
    build_pps = passages / wall
    return {
        "corpus": corpus,
        "index_dir": index_dir,
        "reviews": len(reviews),
        "passages": passages,
        "build_wall_s": round(wall, 2),
        "build_inprocess_s": report.get("seconds"),
        "build_passages_per_s": round(build_pps, 2),
        "build_inprocess_passages_per_s": round(passages / float(report["seconds"]), 2)
        if report.get("seconds")
        else None,
        "bare": bare,
        "bare_onnx": json.loads(onnx_out),
        "build_ratio": ratio(build_pps, bare["passages_per_s"]),
        "build_inprocess_ratio": ratio(passages / float(report["seconds"]), bare["passages_per_s"])
        if report.get("seconds")
        else None,
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
    }


def rows(f: dict[str, Any], d: dict[str, Any]) -> list[str]:
    """Rows 1, 1b and 1c of the summary table."""
    lines: list[str] = []
    b = d["build"]
    lines.append(
        f"| 1 | build throughput, `filmbot index build` (new process) | {fmt(b['passages'])} passages | "
        f"{fmt(b['build_passages_per_s'])} passages/s ({fmt(b['build_wall_s'])} s) | "
        f"{fmt(b['bare']['passages_per_s'])} passages/s (`encode`, {fmt(b['bare']['passages'])} of the same texts)"
        f" | {fmt(f['build_ratio'])} | ≥ {AIMS['build_ratio']} | {verdict(f['build_ratio'] >= AIMS['build_ratio'])} |"
    )
    lines.append(
        f"| 1b | build throughput inside the build (no start-up) | {fmt(b['passages'])} passages | "
        f"{fmt(b['build_inprocess_passages_per_s'])} passages/s | same | {fmt(b['build_inprocess_ratio'])} | — | — |"
    )
    ox = b.get("bare_onnx")
    if ox:
        lines.append(
            f"| 1c | for comparison: the ONNX export encoding the same texts (2 threads, batch {ox['batch_size']}) | "
            f"{fmt(ox['passages'])} passages | {fmt(ox['passages_per_s'])} passages/s | "
            f"{fmt(b['bare']['passages_per_s'])} passages/s | {fmt(ratio(ox['passages_per_s'], b['bare']['passages_per_s']))}"
            " | — | — |"
        )
    return lines
