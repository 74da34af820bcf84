"""Hybrid retrieval: dense (FAISS, cosine) and lexical (BM25) candidates, fused by a weighted sum.

Fusion was chosen by measurement on ../shared/data/wikipedia_movies (benchmarks/fusion.py): for
"which film …" questions built from summary sentences, reciprocal-rank fusion found the right film
first for 28 % of questions, BM25 alone 89 %, dense alone 18 % (names and dates are what identify a
film, and MiniLM embeds meaning, not names), while paraphrased questions need the dense side. A
convex combination of the cosine and the BM25 score normalised by the query's total IDF keeps both:
one incidental word match cannot outweigh meaning, and a passage holding the question's rare words
wins.
"""

from __future__ import annotations

import logging

import numpy as np

from index.snapshot import Snapshot
from index.types import Hit

log = logging.getLogger(__name__)

DENSE_WEIGHT = 0.4  # score = 0.4·cosine + 0.6·min(1, BM25 / IDF of the query)


def hybrid_search(
    snapshot: Snapshot, query: str, qvec: np.ndarray, k: int = 5, film: int | None = None
) -> list[Hit]:
    depth = max(4 * k, 40)
    dense = dict(snapshot.dense(qvec, depth, film))
    lexical = dict(snapshot.lexical(query, depth, film))
    candidates = list(dense.keys() | lexical.keys())
    if not candidates:
        return []
    cosine = snapshot.cosine(qvec, [c for c in candidates if c not in dense])
    cosine.update(dense)
    upper = snapshot.idf_total(query)
    scored = sorted(
        (
            (DENSE_WEIGHT * cosine[c] + (1.0 - DENSE_WEIGHT) * min(1.0, lexical.get(c, 0.0) / upper), c)
            for c in candidates
        ),
        reverse=True,
    )[:k]
    passages = snapshot.passages_by_id([c for _, c in scored])
    return [Hit(passages[c], float(score), cosine[c], lexical.get(c)) for score, c in scored if c in passages]
