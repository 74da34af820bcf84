"""filmbot benchmarks: every cost measured against its physical limit, in one run.

    python benchmarks/run.py [--quick] [--json] [--out benchmarks/results]
    python benchmarks/run.py --only wiki_build [--quick]   # one figure that needs no other, alone

Writes OUT/latest.json (all figures) and OUT/table.md (the summary table) and prints the table
(with --json: prints one JSON object of headline figures on stdout, the table on stderr).

Measured in the same run, on a corpus written to a temporary directory from ../shared/data:
  1. build throughput of `filmbot index build` over real reviews ÷ the bare model's encode throughput
     on the very same passage texts (full run: a seeded random sample of them);
  2. a no-change reindex of the ~10k-passage index (CLI, new process, everything skipped by hash);
  3. warm latency p50/p99 of `ask` and `search` at ~10k and ~100k passages ÷ bare "encode the question +
     FAISS search" (same process, same encoder, same vectors);
  4. cold start: a new process running `filmbot ask "…"` until it exits with the answer printed;
  5. peak RSS of a process with the largest index loaded after answering questions;
  6. FAISS growth 10k → 100k → 1M passages (synthetic vectors made from real ones beyond the real ones):
     exact flat vs IVF vs HNSW at recall@10 ≥ 0.98.
The ~100k store repeats the real reviews under "… copy N" titles with the real vectors of the same
passage texts (see bench_bigindex.py). --quick runs the same steps on smaller sizes in < 3 minutes.

Each figure is one module of figures/ (`measure(...)` and its rows of the table): build.py (1),
noop_reindex.py (2), latency.py (3), cold_start.py (4), memory.py (5), faiss_growth.py (6); what
they share is in harness.py, the stores they are measured on in stores.py. This module is the runner.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_corpus import DataMissing, polarity_reviews  # noqa: E402
from figures import build, cold_start, faiss_growth, latency, memory, noop_reindex, scale, wiki_build  # noqa: E402
from harness import AIMS, FULL, QUICK, SMALL_PASSAGES, filmbot, loadavg, log, machine, run_proc  # noqa: E402
from stores import make_store  # noqa: E402


def table(res: dict[str, Any]) -> str:
    f = res["figures"]
    d = res["details"]
    lines = [
        f"Benchmarks — {res['date']} — {res['machine']['cpus']} CPUs ({res['machine']['cpu']}), "
        f"{res['mode']} run, {res['elapsed_s']:.0f} s, load average {d['loadavg_start']} → {d['loadavg_end']}",
        "",
        "| # | measure | at | result | limit (bare) | ratio | aim | ok |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for figure in (build, noop_reindex, latency, cold_start, memory, wiki_build, scale):
        lines += figure.rows(f, d)
    if "faiss" in d:  # skipped with --skip faiss_growth
        lines += faiss_growth.section(d)
    b = d["build"]
    lines.append(
        f"Corpus: {b['reviews']} review_polarity reviews (../shared/data) as .txt files with placeholder titles "
        '("Polarity review cv000 pos", year 2000), built for real (row 1). The ~10k store (.txt files) and '
        'the ~100k store (one JSONL file) repeat them under "… copy N" titles, built by the project\'s build '
        "with the real vectors of the same passage texts. FAISS sizes beyond the real vectors are synthetic "
        "(made from real ones). Bare model = SentenceTransformer.encode, batch 64; query encoder = "
        f"{d['latency']['small']['encoder']}; latency questions: {d['latency']['small']['questions'] - 24} naming "
        "a film + 24 generic, reworded per "
        "pass so the engine's query-vector cache never hits."
    )
    return "\n".join(lines) + "\n"


# Issue 15's figures (7: Wikipedia build, 8: ~1M passages, 9: soak), sizes per mode.
SCALE_SIZES = {
    "full": {
        "wiki_films": 0,
        "bare": 2500,
        "agree": 1000,
        "passages": 1_000_000,
        "soak": 20_000,
        "warmup": 1000,
    },
    "quick": {"wiki_films": 600, "bare": 300, "agree": 200, "passages": 30_000, "soak": 2000, "warmup": 200},
}


def _wiki_build(work: Path, quick: bool) -> dict[str, Any]:
    sizes = SCALE_SIZES["quick" if quick else "full"]
    return wiki_build.measure(work, sizes["wiki_films"], sizes["bare"], sizes["agree"])


#: figures that measure their own corpus against their own baseline, so they can run alone
ALONE = {"wiki_build": (_wiki_build, wiki_build.rows)}


def run_alone(name: str, out: Path, quick: bool) -> int:
    """One figure of ALONE without the rest of the run (minutes instead of ~20 when only it changed);
    its rows are printed and its details written to OUT/only-NAME[-quick].json, never over latest.json."""
    measure, rows = ALONE[name]
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix=f"filmbot-bench-{name}-"))
    details: dict[str, Any] = {"loadavg_start": loadavg()}
    try:
        log("0. ONNX export (`filmbot model export`, skipped when valid) …")
        run_proc(filmbot("model", "export", "--json"))
        details[name] = measure(work, quick)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    details["loadavg_end"] = loadavg()
    elapsed = time.perf_counter() - started
    header = (
        f"{name} alone — {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} — {machine()['cpus']} CPUs, "
        f"{'quick' if quick else 'full'}, {elapsed:.0f} s, load average {details['loadavg_start']} → "
        f"{details['loadavg_end']}"
    )
    text = "\n".join(
        [
            header,
            "",
            "| # | measure | at | result | limit (bare) | ratio | aim | ok |",
            "|---|---|---|---|---|---|---|---|",
            *rows({}, details),
        ]
    )
    out.mkdir(parents=True, exist_ok=True)
    stem = f"only-{name}{'-quick' if quick else ''}"
    (out / f"{stem}.json").write_text(json.dumps(details, indent=1, default=str) + "\n", encoding="utf-8")
    print(text)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, same steps (< 3 minutes)")
    parser.add_argument("--json", action="store_true", help="print headline figures as one JSON object")
    parser.add_argument(
        "--out", type=Path, default=HERE / "results", help="where latest.json and table.md go"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (for inspection)")
    parser.add_argument(
        "--only",
        choices=sorted(ALONE),
        help="run this one figure alone (it needs no other) and print its rows; writes OUT/only-NAME.json",
    )
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated figures not to run this time: faiss_growth, wiki_build, scale, soak",
    )
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    scale_sizes = SCALE_SIZES["quick" if args.quick else "full"]
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if args.only:
        return run_alone(args.only, args.out, quick=args.quick)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="filmbot-bench-"))
    details: dict[str, Any] = {"loadavg_start": loadavg(), "sizes": asdict(sizes), "workdir": str(work)}
    try:
        try:
            reviews = polarity_reviews(sizes.build_reviews)
        except DataMissing as exc:
            print(f"benchmarks: {exc}", file=sys.stderr)
            return 2
        log("0. ONNX export (`filmbot model export`, skipped when valid) …")
        run_proc(filmbot("model", "export", "--json"))

        built = build.measure(work, reviews, sizes.bare_sample)
        details["build"] = {k: v for k, v in built.items() if k not in ("corpus", "index_dir")}
        real_index, passages = built["index_dir"], built["passages"]

        questions = latency.questions_for(reviews, 2 * sizes.latency_repeats)
        questions_file = work / "questions.json"
        questions_file.write_text(json.dumps(questions), encoding="utf-8")

        # ~10k store as .txt files (what `index build` reads in practice); ~100k store as one JSONL file.
        small = make_store(work, real_index, reviews, passages, SMALL_PASSAGES, as_text=True)
        details["stores"] = {"small": {k: str(v) for k, v in small.items()}}
        small_index, small_corpus = small["index_dir"], small["corpus"]
        large_index = None
        if sizes.big_passages > SMALL_PASSAGES:
            large = make_store(work, real_index, reviews, passages, sizes.big_passages, as_text=False)
            details["stores"]["large"] = {k: str(v) for k, v in large.items()}
            large_index = large["index_dir"]

        log("2. no-change reindex …")
        details["noop"] = noop_reindex.measure(small_corpus, small_index, sizes.noop_runs)

        log("3. warm latency …")
        details["latency"] = {"small": latency.measure(work, small_index, questions_file, "small")}
        if large_index is not None:
            details["latency"]["large"] = latency.measure(work, large_index, questions_file, "large")
        biggest_latency = details["latency"]["large" if large_index else "small"]

        log("4. cold start …")
        details["cold"] = cold_start.measure(small_index, sizes.cold_runs)
        details["cold"]["passages"] = details["latency"]["small"]["passages"]
        cold = details["cold"]
        if large_index is not None:
            cold = details["cold_large"] = cold_start.measure(large_index, sizes.cold_runs)
            cold["passages"] = biggest_latency["passages"]

        details["memory"] = memory.summarise(biggest_latency, cold)
        if "soak" not in skip:
            details["soak"] = scale.soak(
                large_index or small_index, scale_sizes["soak"], scale_sizes["warmup"]
            )
        if "scale" not in skip:
            log(f"8. ~{scale_sizes['passages']:,} passages …")
            # ~1M passages as ~95k reviews of ~24k films (4 each): about a real catalogue's film count
            big = make_store(
                work,
                real_index,
                reviews,
                passages,
                scale_sizes["passages"],
                as_text=False,
                reviews_per_film=4,
            )
            big_index = big["index_dir"]
            details["scale"] = {
                "store": {k: str(v) for k, v in big.items()},
                "info": scale.index_info(big_index),
                "latency": latency.measure(work, big_index, questions_file, "scale"),
                "cold": cold_start.measure(big_index, sizes.cold_runs),
            }
            shutil.rmtree(big_index, ignore_errors=True)
            Path(big["corpus"]).unlink(missing_ok=True)
        if "wiki_build" not in skip:
            details["wiki_build"] = wiki_build.measure(
                work, scale_sizes["wiki_films"], scale_sizes["bare"], scale_sizes["agree"]
            )
        if "faiss_growth" not in skip:
            details["faiss"] = faiss_growth.measure(
                work,
                real_index,
                details["latency"]["small"]["vectors_file"],
                sizes.faiss_sizes,
                sizes.hnsw_max,
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    details["loadavg_end"] = loadavg()

    small = details["latency"]["small"]
    figures = {
        "build_ratio": details["build"]["build_ratio"],
        "build_passages": details["build"]["passages"],
        "build_passages_per_s": details["build"]["build_passages_per_s"],
        "bare_encode_passages_per_s": details["build"]["bare"]["passages_per_s"],
        "noop_reindex_s": details["noop"]["median_s"],
        "noop_passages": details["noop"]["passages"],
        "ask_p50_ms": small["ask"]["p50_ms"],
        "ask_p99_ms": small["ask"]["p99_ms"],
        "ask_ratio": small["ask_ratio_p50"],
        "search_p50_ms": small["search"]["p50_ms"],
        "search_p99_ms": small["search"]["p99_ms"],
        "search_ratio": small["search_ratio_p50"],
        "bare_query_p50_ms": small["bare"]["p50_ms"],
        "latency_passages": small["passages"],
        "cold_start_s": details["cold"]["median_s"],
        "cold_start_passages": details["cold"]["passages"],
        "cold_start_s_large": details["cold_large"]["median_s"] if "cold_large" in details else None,
        "rss_mb": details["memory"]["peak_rss_mb"],
        "rss_passages": details["memory"]["passages"],
    }
    if "large" in details["latency"]:
        large = details["latency"]["large"]
        figures.update(
            {
                "ask_p50_ms_large": large["ask"]["p50_ms"],
                "ask_p99_ms_large": large["ask"]["p99_ms"],
                "ask_ratio_large": large["ask_ratio_p50"],
                "search_p50_ms_large": large["search"]["p50_ms"],
                "search_p99_ms_large": large["search"]["p99_ms"],
                "latency_passages_large": large["passages"],
            }
        )
    w = details.get("wiki_build") or {}
    if "wall_s" in w:
        figures.update(
            {
                "wiki_build_wall_s": w["wall_s"],
                "wiki_build_passages": w["passages"],
                "wiki_build_passages_per_s": w["passages_per_s"],
                "wiki_build_texts_per_s": w.get("texts_per_s"),
                "wiki_build_ratio": w["ratio"],
                "wiki_annotation_share": w["annotation_share"],
                "int8_cosine_mean": w["int8_agreement"]["cosine_mean"],
            }
        )
    if "scale" in details:
        sl = details["scale"]["latency"]
        figures.update(
            {
                "scale_passages": sl["passages"],
                "scale_ask_p50_ms": sl["ask"]["p50_ms"],
                "scale_ask_p99_ms": sl["ask"]["p99_ms"],
                "scale_search_p50_ms": sl["search"]["p50_ms"],
                "scale_rss_mb": sl["peak_rss_mb"],
                "scale_cold_start_s": details["scale"]["cold"]["median_s"],
            }
        )
    if "soak" in details:
        figures.update(
            {"soak_questions": details["soak"]["questions"], "soak_rss_growth": details["soak"]["growth"]}
        )
    if "large" in details["latency"]:
        figures["search_ratio_large"] = details["latency"]["large"]["search_ratio_p50"]
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "quick" if args.quick else "full",
        "elapsed_s": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "aims": AIMS,
        "figures": figures,
        "details": details,
    }
    text = table(result)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = "quick" if args.quick else "latest"
    (args.out / f"{stem}.json").write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    (args.out / ("table-quick.md" if args.quick else "table.md")).write_text(text, encoding="utf-8")
    if args.json:
        print(text, file=sys.stderr)
        print(json.dumps({**figures, "mode": result["mode"], "elapsed_s": result["elapsed_s"]}))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
