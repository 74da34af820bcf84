"""Warm question latency of one loaded engine, and the bare limit beside it, in one process.

    python benchmarks/bench_latency.py INDEX_DIR QUESTIONS.json [--vectors-out Q.npy]

QUESTIONS.json is {"warmup": [...], "timed": [[...], [...], ...]}: lists of the same questions worded
apart (the engine caches query vectors, so every timed call gets text it has not seen). Opens the engine
the way the bot does (Engine.open), answers the warm-up list, then times `search` on timed lists 0, 2, 4 …
and `ask` on lists 1, 3, 5 … (public API). A repeated question (vector cache hit) is timed apart. The memory
figure (peak RSS) is read after that, before anything else is loaded. Then, in the same process and
with the same query encoder, the bare limit: encode the question + one FAISS search of the same
vectors (k = 40, the depth the engine asks for), with one FAISS thread. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_bare import percentiles  # noqa: E402


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--vectors-out", type=Path)
    parser.add_argument(
        "--faiss-threads", type=int, help="what-if: set FAISS's OpenMP threads before opening the engine"
    )
    args = parser.parse_args()
    spec = json.loads(args.questions.read_text(encoding="utf-8"))
    warmup: list[str] = spec["warmup"]
    timed_lists: list[list[str]] = spec["timed"]
    questions = [q for lst in timed_lists for q in lst]
    repeats = len(timed_lists) // 2

    from index import Engine, FilmbotError, Settings

    if args.faiss_threads:
        import faiss

        faiss.omp_set_num_threads(args.faiss_threads)

    started = time.perf_counter()
    engine = Engine.open(Settings(index_dir=args.index_dir))
    open_s = time.perf_counter() - started
    started = time.perf_counter()
    encoder = engine.encoder()
    encoder_s = time.perf_counter() - started

    errors: dict[str, int] = {}
    kinds: dict[str, int] = {}

    def timed(fn: Any, q: str) -> float:
        t = time.perf_counter()
        try:
            result = fn(q)
        except FilmbotError as exc:  # e.g. a question the engine refuses: still a timed answer
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            result = None
        elapsed = time.perf_counter() - t
        if result is not None and hasattr(result, "kind"):
            kinds[result.kind] = kinds.get(result.kind, 0) + 1
        return elapsed

    for q in warmup:  # warm-up: first use of every code path
        timed(engine.search, q)
        timed(engine.ask, q)
    errors.clear()
    kinds.clear()
    search_s: list[float] = []
    ask_s: list[float] = []
    for r in range(repeats):
        search_s += [timed(engine.search, q) for q in timed_lists[2 * r]]
        ask_s += [timed(engine.ask, q) for q in timed_lists[2 * r + 1]]
    repeated_s = [timed(engine.search, q) for q in timed_lists[0]]  # vector cache hits
    rss_mb, peak_mb = _status_mb("VmRSS"), _status_mb("VmHWM")
    # heap vs memory-mapped index pages (shared by processes serving one version, bounded by its files)
    anon_mb, file_mb = _status_mb("RssAnon"), _status_mb("RssFile")

    # The bare limit, same process, same encoder object, the same vectors file.
    import faiss

    from index import layout

    version = layout.current_version_dir(args.index_dir)
    assert version is not None
    index = faiss.read_index(str(version / layout.VECTORS))
    # the engine backs an exact store's codes with huge pages, faster and steadier: so does the limit
    from index.store import huge_pages

    huge_pages(index)
    engine_threads = faiss.omp_get_max_threads()

    def bare(lists: list[list[str]]) -> tuple[list[float], list[float]]:
        for q in warmup[:5]:
            index.search(encoder.encode([q]), 40)
        total: list[float] = []
        encode_only: list[float] = []
        for lst in lists:
            for q in lst:
                t = time.perf_counter()
                vec = encoder.encode([q])
                t_enc = time.perf_counter()
                index.search(np.ascontiguousarray(vec, dtype=np.float32), 40)
                total.append(time.perf_counter() - t)
                encode_only.append(t_enc - t)
        return total, encode_only

    # The limit is the best configuration: one FAISS thread (a single query does not gain from a
    # second OpenMP thread, and waits for it on a busy machine). The engine's setting is shown too.
    bare_default, _ = bare(timed_lists[:1])
    faiss.omp_set_num_threads(1)
    bare_s, encode_s = bare(timed_lists[:repeats])
    if args.vectors_out:
        np.save(args.vectors_out, encoder.encode(questions))  # every wording: more queries for recall

    result = {
        "passages": int(index.ntotal),
        "questions": len(timed_lists[0]),
        "repeats": repeats,
        "calls": len(warmup) * 2 + len(search_s) + len(ask_s) + len(repeated_s),
        "encoder": type(encoder).__name__,
        "faiss_threads_engine": engine_threads,
        "open_s": round(open_s, 3),
        "encoder_load_s": round(encoder_s, 3),
        "search": percentiles(search_s),
        "ask": percentiles(ask_s),
        "search_repeated_question": percentiles(repeated_s),
        "bare": percentiles(bare_s),
        "bare_encode_only": percentiles(encode_s),
        "bare_faiss_default_threads": percentiles(bare_default),
        "answer_kinds": kinds,
        "errors": errors,
        "rss_mb": round(rss_mb, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "anon_mb": round(anon_mb, 1),
        "file_mb": round(file_mb, 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
