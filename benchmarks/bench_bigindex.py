"""Build a large index from copies of an already-built one, without running the model again.

    python benchmarks/bench_bigindex.py SOURCE_INDEX CORPUS.jsonl TARGET_INDEX

CORPUS.jsonl repeats the source corpus's reviews under "… copy N" titles (bench_corpus.write_jsonl_corpus).
The build is the project's own incremental build; only two things are served from the source index
instead of being recomputed, because they depend on the passage text alone:
  * the vector of each passage: the real model vector of the same passage text in SOURCE_INDEX
    (the embedded document is "Title (year). text"; copies differ only in the title prefix);
  * each review's annotations (facts, verdict), which spaCy computed for the same review text.
So the large store holds real passages, repeated, with real vectors. Prints one JSON object.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class CachedEncoder:
    """Encoder for the build: looks the passage body up in the source index's vectors."""

    def __init__(self, by_text: dict[str, np.ndarray], dim: int, encoder_id: str = "fp32") -> None:
        self.by_text = by_text
        self.dim = dim
        self.misses = 0
        self.encoder_id = encoder_id  # the source index's encoder: its vectors are what we hand out
        #: copies get the real vector plus noise (see _spread); off: exact repeats
        self.spread = True

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, doc in enumerate(texts):
            vec = self.by_text.get(_body(doc))
            if vec is None:
                raise KeyError(f"passage not in the source index: {doc[:80]!r}")
            out[i] = _spread(vec, doc) if self.spread else vec
        if progress:
            progress(len(texts), len(texts))
        return out


_COPY = re.compile(r" copy (\d+) \(")


def _spread(vec: np.ndarray, document: str) -> np.ndarray:
    """Copy c > 0 of a passage: its real vector plus seeded Gaussian noise (σ = 0.6/√d per dimension,
    cosine ≈ 0.86 to the original), renormalised. Exact repeats would put every copy in one IVF list
    and make any nprobe look perfect; spread copies give the vector index a realistic neighbourhood
    ("synthetic from real", as the FAISS growth study does)."""
    m = _COPY.search(document[:300])
    if m is None:
        return vec
    seed = (int(m.group(1)) * 1_000_003 + zlib.crc32(document.encode("utf-8"))) & 0xFFFFFFFF
    noise = np.random.default_rng(seed).standard_normal(vec.shape[0]).astype(np.float32)
    out = vec + noise * (0.6 / np.sqrt(vec.shape[0]))
    return np.asarray(out / np.linalg.norm(out), dtype=np.float32)


def _body(document: str) -> str:
    # passage_document() is "Title (year). text": the text after the first ". " that follows ")".
    _head, sep, rest = document.partition("). ")
    return rest if sep else document


def load_source(index_dir: Path) -> tuple[dict[str, np.ndarray], dict[str, tuple[Any, Any]], int, str]:
    import faiss

    from index import layout

    version = layout.current_version_dir(index_dir)
    if version is None:
        raise SystemExit(f"no index in {index_dir}")
    store = faiss.read_index(str(version / layout.VECTORS))
    db = sqlite3.connect(f"file:{version / layout.PASSAGES}?mode=ro", uri=True)
    try:
        passages = db.execute("SELECT chunk_id, text FROM passages").fetchall()
        reviews = db.execute("SELECT text, facts, verdict FROM reviews").fetchall()
    finally:
        db.close()
    by_text = {str(text): np.asarray(store.reconstruct(int(cid))) for cid, text in passages}
    annotations = {text: (facts, verdict) for text, facts, verdict in reviews}
    manifest = json.loads((version / layout.MANIFEST).read_text(encoding="utf-8"))
    return by_text, annotations, int(store.d), str(manifest.get("model", {}).get("encoder", "fp32"))


def main() -> int:
    source, corpus, target = (Path(a) for a in sys.argv[1:4])
    started = time.perf_counter()
    by_text, annotations, dim, encoder_id = load_source(source)

    from index import annotate, build

    original_annotate = annotate.annotate

    def cached_annotate(reviews: list[Any]) -> list[tuple[str | None, str | None]]:
        missing = [r for r in reviews if r.text not in annotations]
        if missing:
            for r, ann in zip(missing, original_annotate(missing), strict=True):
                annotations[r.text] = ann
        return [annotations[r.text] for r in reviews]

    class CachedPending:
        def __init__(self, reviews: list[Any]) -> None:
            self.reviews = reviews
            self.stats: dict[str, Any] = {"cached": True}

        def worker_done(self) -> bool:  # nothing runs beside the encoder
            return True

        def result(self) -> list[tuple[str | None, str | None]]:
            return cached_annotate(self.reviews)

    # The copies share their texts: chunk each text once, tokenise each passage body once (BM25 tokens
    # are words, so "Title (year). text" tokenises as its label plus its text).
    plain_chunks = build.chunk_spans

    @functools.cache
    def chunks(text: str, params: Any) -> tuple[Any, ...]:
        return tuple(plain_chunks(text, params))

    build.chunk_spans = chunks  # type: ignore[assignment]
    body_tokens = functools.lru_cache(maxsize=None)(build.tokens)
    plain_tokens = build.tokens

    def fast_tokens(document: str) -> list[str]:
        head, sep, rest = document.partition("). ")
        return plain_tokens(head + ").") + body_tokens(rest) if sep else plain_tokens(document)

    build.tokens = fast_tokens  # type: ignore[assignment]
    annotate.annotate = cached_annotate  # type: ignore[assignment]
    if hasattr(annotate, "submit"):
        annotate.submit = CachedPending  # type: ignore[assignment,attr-defined]
    run = getattr(build, "run_build", None) or getattr(build, "build_index")  # noqa: B009  # renamed once
    encoder = CachedEncoder(by_text, dim, encoder_id)
    report = run(target, [corpus], rebuild=True, encoder=lambda: encoder)
    print(
        json.dumps(
            {
                "passages": report.chunks,
                "reviews": report.reviews,
                "seconds": round(time.perf_counter() - started, 2),
                "vectors": "real model vectors of the same passage texts (copied from the source index)",
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
