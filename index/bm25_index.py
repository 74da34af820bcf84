"""Writing the BM25 index: the matrices `snapshot.Bm25Reader` reads, in the files and layout
bm25s writes (`data/indices/indptr.csc.index.npy`, `vocab.index.json`, `params.index.json`; Lucene
BM25, k1 = 1.5, b = 0.75), computed with numpy.

bm25s builds the same matrices in Python loops: 143 s for 200,000 passages on the benchmark machine,
most of a large build. Here the per-token work is one dict lookup; counting, document frequencies and
scores are array operations (tests/test_bm25_index.py checks the scores against bm25s)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

K1 = 1.5
B = 0.75
#: what bm25s 0.3.16 writes for BM25(method="lucene"), which the reader checks ("method")
PARAMS = {
    "k1": K1,
    "b": B,
    "delta": 0.5,
    "method": "lucene",
    "idf_method": "lucene",
    "dtype": "float32",
    "int_dtype": "int32",
    "backend": "numpy",
    "version": "filmbot",
}


def write(directory: Path, docs: list[list[str]]) -> None:
    """The BM25 index of `docs` (each a list of tokens; row i = document i) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    n = len(docs)
    vocab: dict[str, int] = {}
    lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=n)
    term = np.fromiter(
        (vocab.setdefault(t, len(vocab)) for d in docs for t in d), dtype=np.int64, count=int(lengths.sum())
    )
    vocab.setdefault("", len(vocab))  # bm25s's empty token: in the vocabulary, in no document
    doc = np.repeat(np.arange(n, dtype=np.int64), lengths)
    # one entry per (term, document) with its count, sorted by term then document: CSC by term
    pairs, tf = np.unique(term * max(n, 1) + doc, return_counts=True)
    del term, doc
    term_of, doc_of = np.divmod(pairs, max(n, 1))
    df = np.bincount(term_of, minlength=len(vocab)).astype(np.int64)
    idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
    avg = float(lengths.mean()) if n else 1.0
    tf32 = tf.astype(np.float32)
    norm = (K1 * ((1 - B) + B * lengths[doc_of].astype(np.float32) / np.float32(avg))).astype(np.float32)
    data = (idf[term_of] * (tf32 / (norm + tf32))).astype(np.float32)
    indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    for name, array in (
        ("data.csc.index.npy", data),
        ("indices.csc.index.npy", doc_of.astype(np.int32)),
        ("indptr.csc.index.npy", indptr),
    ):
        np.save(directory / name, array, allow_pickle=False)
    (directory / "vocab.index.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    params = {**PARAMS, "num_docs": n}
    (directory / "params.index.json").write_text(json.dumps(params, indent=4), encoding="utf-8")
    for path in directory.iterdir():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())
