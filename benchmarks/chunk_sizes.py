"""Choose the passage size by measurement (issue: "sizes chosen by measurement, not by guess").

Task (an inverse-cloze test on real reviews from ../shared/data/review_polarity): take a sentence out
of a review, index the rest, and ask with the removed sentence. The right passage is the one that
spans the gap — it holds the sentence's context, which is what a reader needs to see. We report, for
each passage size, how often that passage ranks first (dense retrieval, the real model) and how long
passages are (longer passages are easier to hit but worse citations and past MiniLM's 128-token
training window).

    python benchmarks/chunk_sizes.py [--reviews 120] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.chunking import ChunkParams, chunk_spans  # noqa: E402
from index.embedding import shared_embedder  # noqa: E402

DATA = (ROOT / ".." / "shared" / "data" / "review_polarity").resolve()
SIZES = [(40, 12), (70, 20), (100, 30), (150, 45), (200, 60)]


def _stable(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def load(n: int) -> list[tuple[str, str, int]]:
    """(text without the query sentence, query sentence, gap offset) for n reviews."""
    files = sorted(DATA.glob("*/*.txt"), key=lambda p: _stable(p.name))[:n]
    out = []
    for path in files:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        candidates = [i for i in range(3, len(lines) - 3) if len(lines[i].split()) >= 12]
        if not candidates:
            continue
        i = candidates[_stable(path.name + "q") % len(candidates)]
        before = "\n".join(lines[:i])
        text = before + "\n" + "\n".join(lines[i + 1 :])
        out.append((text, lines[i], len(before)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=120)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sizes", help="max_words:overlap pairs, e.g. 100:30,150:45 (default: five sizes)")
    args = parser.parse_args()
    sizes = (
        [tuple(int(x) for x in pair.split(":")) for pair in args.sizes.split(",")] if args.sizes else SIZES
    )
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (the shared data sets live in ../shared/data)")
        return 0
    items = load(args.reviews)
    embedder = shared_embedder()
    queries = embedder.encode([q for _, q, _ in items])
    rows = []
    for max_words, overlap in sizes:
        params = ChunkParams(max_words=max_words, overlap_words=overlap, min_words=max_words // 2)
        texts, owner, targets = [], [], []
        for n, (text, _q, gap) in enumerate(items):
            good = set()
            for span in chunk_spans(text, params):
                if span.start <= gap <= span.end + 1:
                    good.add(len(texts))
                texts.append(text[span.start : span.end])
                owner.append(n)
            targets.append(good)
        started = time.perf_counter()
        vectors = embedder.encode(texts)
        seconds = time.perf_counter() - started
        sims = queries @ vectors.T
        order = np.argsort(-sims, axis=1)[:, :5]
        hit1 = np.mean([order[i, 0] in targets[i] for i in range(len(items))])
        hit5 = np.mean([bool(set(order[i]) & targets[i]) for i in range(len(items))])
        review1 = np.mean([owner[order[i, 0]] == i for i in range(len(items))])
        words = np.mean([len(t.split()) for t in texts])
        rows.append(
            {
                "max_words": max_words,
                "overlap_words": overlap,
                "passages": len(texts),
                "mean_words": round(float(words), 1),
                "gap_passage_hit@1": round(float(hit1), 3),
                "gap_passage_hit@5": round(float(hit5), 3),
                "right_review@1": round(float(review1), 3),
                "passages_per_s": round(len(texts) / seconds, 1),
            }
        )
    if args.json:
        print(json.dumps({"queries": len(items), "rows": rows}, indent=1))
    else:
        print(f"{len(items)} queries (one removed sentence per review), dense retrieval, all-MiniLM-L6-v2\n")
        print(
            "| max words | overlap | passages | mean words | gap passage @1 | @5 | right review @1 | passages/s |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print(
                f"| {r['max_words']} | {r['overlap_words']} | {r['passages']} | {r['mean_words']} | "
                f"{r['gap_passage_hit@1']} | {r['gap_passage_hit@5']} | {r['right_review@1']} | {r['passages_per_s']} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
