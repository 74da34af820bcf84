"""Soak: many questions through one engine, watching its memory.

    python benchmarks/bench_soak.py INDEX_DIR [--questions 20000] [--warmup 1000]

Opens the engine the way the bot does (Engine.open), answers `--warmup` questions, reads RSS, then
answers `--questions` more — `ask` and `search` alternating, film questions over the index's own
films and generic ones, each worded apart (a counter in the text) so the query-vector cache turns
over the whole time — sampling RSS every 1,000. Prints one JSON object: RSS after warm-up, at the
end and its growth, the samples, latency p50/p99 over the whole soak, errors by type.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_bare import percentiles  # noqa: E402

TEMPLATES = (
    "Who directed {t}?",
    "Who plays the lead in {t}?",
    "What is {t} about?",
    "Is {t} worth seeing?",
    "What did the critics think of {t}?",
)
GENERIC = (
    "a film about a heist that goes wrong",
    "which movie has a great soundtrack",
    "a courtroom drama with a surprise verdict",
    "science fiction film where aliens invade earth",
    "the dialogue is clumsy and the plot predictable",
    "a coming of age story in high school",
)


def _rss_mb(field: str = "VmRSS") -> float:
    """RSS in MB; "RssAnon" is the heap (a leak shows there), "RssFile" the memory-mapped index
    pages touched so far (bounded by the index files, shared between processes)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def question(rng: random.Random, titles: list[str], n: int) -> str:
    if rng.random() < 0.6:
        return rng.choice(TEMPLATES).format(t=rng.choice(titles)) + (" " * (n % 3))
    return f"{rng.choice(GENERIC)} {n}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--questions", type=int, default=20_000)
    parser.add_argument("--warmup", type=int, default=1_000)
    args = parser.parse_args()
    from index import Engine, FilmbotError, Settings

    engine = Engine.open(Settings(index_dir=args.index_dir))
    titles = [f.ref.title for f in engine.snapshot.films]
    rng = random.Random(20)
    errors: dict[str, int] = {}

    def one(n: int) -> float:
        q = question(rng, titles, n)
        t = time.perf_counter()
        try:
            (engine.ask if n % 2 else engine.search)(q)
        except FilmbotError as exc:
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
        return time.perf_counter() - t

    started = time.perf_counter()
    for n in range(args.warmup):
        one(n)
    rss_warm, anon_warm = _rss_mb(), _rss_mb("RssAnon")

    def sample(after: int) -> dict[str, Any]:
        return {
            "after": after,
            "rss_mb": round(_rss_mb(), 1),
            "anon_mb": round(_rss_mb("RssAnon"), 1),
            "file_mb": round(_rss_mb("RssFile"), 1),
        }

    samples: list[dict[str, Any]] = [sample(0)]
    times = []
    for n in range(args.questions):
        times.append(one(args.warmup + n))
        if (n + 1) % 1000 == 0:
            samples.append(sample(n + 1))
    rss_end, anon_end = _rss_mb(), _rss_mb("RssAnon")
    print(
        json.dumps(
            {
                "passages": engine.snapshot.passage_count,
                "warmup": args.warmup,
                "questions": args.questions,
                "rss_after_warmup_mb": round(rss_warm, 1),
                "rss_end_mb": round(rss_end, 1),
                "rss_max_mb": max(s["rss_mb"] for s in samples),
                "growth": round((rss_end - rss_warm) / rss_warm, 4),
                "anon_growth": round((anon_end - anon_warm) / anon_warm, 4),
                "samples": samples,
                "latency": percentiles(times),
                "errors": errors,
                "seconds": round(time.perf_counter() - started, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
