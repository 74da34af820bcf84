"""The physical limits: the bare model with nothing around it.

Run as a script in its own process (so torch's threads and memory do not leak into the harness):

    python benchmarks/bench_bare.py encode   TEXTS.json [--batch-size 64]   → passages/s of SentenceTransformer.encode
    python benchmarks/bench_bare.py encode-onnx TEXTS.json                  → the same with the ONNX export
    python benchmarks/bench_bare.py int8-agreement TEXTS.json               → int8 vs fp32 ONNX: cosine, speed
    python benchmarks/bench_bare.py cold     INDEX_DIR QUESTION             → the least a new process must do to
                                                                            answer: load encoder + vectors, encode, search
    python benchmarks/bench_bare.py scan     CORPUS_DIR                     → read and hash every corpus file

Prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _passage_rows(index_dir: Path, sql: str) -> list[Any]:
    """Rows of the live index version's passage store (read-only)."""
    from index import layout

    version = layout.current_version_dir(index_dir)
    if version is None:
        raise SystemExit(f"no index in {index_dir}")
    db = sqlite3.connect(f"file:{version / layout.PASSAGES}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def passage_documents(index_dir: Path) -> list[str]:
    """The exact texts the build embedded, read back from the live index version."""
    from index.chunking import passage_document

    rows = _passage_rows(
        index_dir,
        "SELECT r.title, r.year, p.text FROM passages p JOIN reviews r USING (review_id) ORDER BY p.chunk_id",
    )
    return [passage_document(t, y, x) for t, y, x in rows]


def story_documents(index_dir: Path) -> list[str]:
    """The story texts the build embedded (one per review that tells one, index.chunking.story_document),
    each review's text put back together from its passages' spans (they cover every non-space
    character)."""
    from index.chunking import story_document

    texts: dict[str, list[str]] = {}
    sql = "SELECT review_id, start, end, text FROM passages ORDER BY review_id, start"
    for review_id, start, end, text in _passage_rows(index_dir, sql):
        chars = texts.setdefault(review_id, [])
        chars.extend(" " * (end - len(chars)))
        chars[start:end] = text
    # (a review telling no story has no story vector)
    return [story for story in (story_document("".join(chars)) for chars in texts.values()) if story]


def percentiles(samples_s: list[float]) -> dict[str, float]:
    ms = np.asarray(samples_s) * 1000.0
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 3),
        "p99_ms": round(float(np.percentile(ms, 99)), 3),
        "mean_ms": round(float(ms.mean()), 3),
        "n": len(ms),
    }


def rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def encode_throughput(texts: list[str], batch_size: int) -> dict[str, Any]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    from index.embedding import model_dir

    model = SentenceTransformer(str(model_dir()), device="cpu")
    model.encode(texts[:8], batch_size=batch_size)  # warm-up: first call allocates
    started = time.perf_counter()
    vectors = model.encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
    seconds = time.perf_counter() - started
    tokens = [len(x) for x in model.tokenizer(texts, truncation=True, max_length=256)["input_ids"]]
    return {
        "passages": len(texts),
        "seconds": round(seconds, 3),
        "passages_per_s": round(len(texts) / seconds, 2),
        "batch_size": batch_size,
        "mean_tokens": round(float(np.mean(tokens)), 1),
        "dim": int(vectors.shape[1]),
    }


def int8_agreement(texts: list[str]) -> dict[str, Any]:
    """Cosine between the int8 and the fp32 ONNX vectors of the same passages (the int8 model's
    quality gate), and both encoders' throughput on them (2 threads, batch 16, length-sorted)."""
    from index import Settings
    from index.onnx_embed import OnnxEmbedder, ensure_int8

    cache = Settings().model_cache_dir
    ensure_int8(cache)
    out: dict[str, Any] = {"passages": len(texts)}
    vectors = {}
    for variant in ("fp32", "int8"):
        encoder = OnnxEmbedder.load(cache, threads=2, variant=variant)
        if encoder is None:
            raise SystemExit("no ONNX export: run `filmbot model export` first")
        encoder.batch_size = 16
        encoder.encode(texts[:8])
        started = time.perf_counter()
        vectors[variant] = encoder.encode(texts)
        out[f"{variant}_passages_per_s"] = round(len(texts) / (time.perf_counter() - started), 2)
    cos = (vectors["fp32"] * vectors["int8"]).sum(axis=1)
    out.update(
        {
            "cosine_mean": round(float(cos.mean()), 5),
            "cosine_min": round(float(cos.min()), 5),
            "cosine_p01": round(float(np.percentile(cos, 1)), 5),
        }
    )
    return out


def onnx_throughput(texts: list[str], batch_size: int) -> dict[str, Any]:
    """The same measurement with the ONNX export (2 threads, as an indexer would run it)."""
    from index import Settings
    from index.onnx_embed import OnnxEmbedder

    encoder = OnnxEmbedder.load(Settings().model_cache_dir, threads=2)
    if encoder is None:
        raise SystemExit("no ONNX export: run `filmbot model export` first")
    encoder.batch_size = batch_size
    encoder.encode(texts[:8])
    started = time.perf_counter()
    encoder.encode(texts)
    seconds = time.perf_counter() - started
    return {
        "passages": len(texts),
        "seconds": round(seconds, 3),
        "passages_per_s": round(len(texts) / seconds, 2),
        "batch_size": batch_size,
    }


def cold_baseline(index_dir: Path, question: str) -> dict[str, Any]:
    """Load the ONNX encoder and the FAISS vectors, encode one question, search once; nothing else."""
    import faiss

    from index import Settings, layout
    from index.onnx_embed import OnnxEmbedder

    version = layout.current_version_dir(index_dir)
    assert version is not None
    index = faiss.read_index(str(version / layout.VECTORS))
    faiss.omp_set_num_threads(1)
    encoder = OnnxEmbedder.load(Settings().model_cache_dir)
    if encoder is None:
        raise SystemExit("no ONNX export: run `filmbot model export` first")
    _, ids = index.search(encoder.encode([question]), 40)
    return {"vectors": int(index.ntotal), "top": int(ids[0][0]), "peak_rss_mb": round(rss_peak_mb(), 1)}


def scan(corpus: Path) -> dict[str, Any]:
    """Read and sha256 every file under `corpus`: the least a no-change reindex must do."""
    import hashlib

    files = [p for p in sorted(corpus.rglob("*")) if p.is_file()]
    for path in files:
        hashlib.sha256(path.read_bytes()).hexdigest()
    return {"files": len(files)}


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    enc = sub.add_parser("encode")
    enc.add_argument("texts", type=Path)
    enc.add_argument("--batch-size", type=int, default=64)
    onx = sub.add_parser("encode-onnx")
    onx.add_argument("texts", type=Path)
    onx.add_argument("--batch-size", type=int, default=8)
    agree = sub.add_parser("int8-agreement")
    agree.add_argument("texts", type=Path)
    cold = sub.add_parser("cold")
    cold.add_argument("index_dir", type=Path)
    cold.add_argument("question")
    scn = sub.add_parser("scan")
    scn.add_argument("corpus", type=Path)
    args = parser.parse_args()
    if args.cmd == "encode":
        result = encode_throughput(json.loads(args.texts.read_text(encoding="utf-8")), args.batch_size)
    elif args.cmd == "encode-onnx":
        result = onnx_throughput(json.loads(args.texts.read_text(encoding="utf-8")), args.batch_size)
    elif args.cmd == "int8-agreement":
        result = int8_agreement(json.loads(args.texts.read_text(encoding="utf-8")))
    elif args.cmd == "cold":
        result = cold_baseline(args.index_dir, args.question)
    else:
        result = scan(args.corpus)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
