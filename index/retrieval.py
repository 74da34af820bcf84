"""Hybrid retrieval: dense (FAISS, cosine) and lexical (BM25) rankings fused by reciprocal rank."""

from __future__ import annotations

import logging

import numpy as np

from index.snapshot import Snapshot
from index.types import Hit

log = logging.getLogger(__name__)

RRF_K = 60  # the usual reciprocal-rank constant: damps the head of each list so neither ranker dominates
MAX_QUERY_CHARS = 2000


def hybrid_search(
    snapshot: Snapshot, query: str, qvec: np.ndarray, k: int = 5, film: int | None = None
) -> list[Hit]:
    depth = max(4 * k, 40)
    dense = snapshot.dense(qvec, depth, film)
    lexical = snapshot.lexical(query, depth, film)
    fused: dict[int, float] = {}
    for ranking in (dense, lexical):
        for rank, (cid, _score) in enumerate(ranking):
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
    dense_score = dict(dense)
    bm25_score = dict(lexical)
    best = sorted(fused.items(), key=lambda kv: (-kv[1], -dense_score.get(kv[0], -1.0)))[:k]
    ids = [cid for cid, _ in best]
    missing = [cid for cid in ids if cid not in dense_score]
    dense_score.update(snapshot.cosine(qvec, missing))
    passages = snapshot.passages_by_id(ids)
    return [
        Hit(passages[cid], score, dense_score.get(cid), bm25_score.get(cid))
        for cid, score in best
        if cid in passages
    ]
