"""The stores the figures are measured on: the real reviews repeated under "… copy N" titles, built by
the project's build with the real vectors of the same passage texts (bench_bigindex.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from bench_corpus import SourceReview, write_jsonl_corpus, write_text_corpus
from harness import HERE, PY, log, run_proc


def make_store(
    work: Path,
    source_index: Path,
    reviews: list[SourceReview],
    passages: int,
    target: int,
    as_text: bool,
    reviews_per_film: int = 1,
) -> dict[str, Any]:
    """A store of ≈ `target` passages: the real reviews repeated (as .txt files or one JSONL file),
    built by the project's build with the real vectors of the same passages (bench_bigindex.py)."""
    total = max(len(reviews), round(target * len(reviews) / passages))  # reviews, last copy cut short
    copies = math.ceil(total / len(reviews))
    if as_text:
        corpus = write_text_corpus(reviews, work / f"corpus-{total}", total)
    else:
        corpus = write_jsonl_corpus(reviews, total, work / f"corpus-{total}.jsonl", reviews_per_film)
    index_dir = work / f"index-{total}"
    log(f"   store: {total:,} reviews = the real ones repeated (≈{target:,} passages) …")
    wall, out = run_proc(
        [PY, str(HERE / "bench_bigindex.py"), str(source_index), str(corpus), str(index_dir)]
    )
    info = json.loads(out)
    return {"index_dir": index_dir, "corpus": corpus, "copies": copies, "build_s": round(wall, 2), **info}
