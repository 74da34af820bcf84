"""index.bm25_index writes the same BM25 scores bm25s does (Lucene, k1 1.5, b 0.75)."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from index.bm25_index import write
from index.snapshot import Bm25Reader
from index.textutil import tokens

TEXTS = [
    "Jaws is a 1975 thriller directed by Steven Spielberg about a great white shark.",
    "The shark film made everyone afraid of the water; the shark shark shark returns.",
    "Alien is a 1979 science fiction horror film directed by Ridley Scott.",
    "A quiet drama about a lighthouse keeper and his daughter.",
    "_",
    "Scott directed Blade Runner, a science fiction film noir.",
]


def test_same_scores_as_bm25s(tmp_path: Path) -> None:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    docs = [tokens(t) or ["_"] for t in TEXTS]
    ref = bm25s.BM25()
    ref.index(docs, show_progress=False)
    ref.save(str(tmp_path / "ref"), show_progress=False)
    write(tmp_path / "ours", docs)
    a, b = Bm25Reader(tmp_path / "ref"), Bm25Reader(tmp_path / "ours")
    assert a.num_docs == b.num_docs == len(TEXTS)
    assert set(a.vocab_dict) == set(b.vocab_dict)
    for query in ("shark film", "directed science fiction", "lighthouse", "scott", "nothing matches", "_"):
        q = tokens(query) or ["_"]
        assert np.allclose(a.get_scores(q), b.get_scores(q), atol=1e-5), query
        for t in q:
            if t in a.vocab_dict:
                assert a.df(a.vocab_dict[t]) == b.df(b.vocab_dict[t])


def test_top_passages_are_exactly_the_best_by_full_scoring(tmp_path: Path) -> None:
    # "film" and "story" are in most passages (common words); the others in a few. The top k read
    # only the rarer words' passages when that is safe, and must rank as scoring every passage does.
    rng = np.random.default_rng(5)
    rare = [f"name{i}" for i in range(40)]
    docs = []
    for i in range(600):
        if i % 50 == 49:  # repeats of an earlier passage: equal scores
            docs.append(list(docs[i - 40]))
            continue
        words = ["film"] * int(rng.integers(0, 3)) + ["story"] * int(i % 4 != 0)
        words += list(rng.choice(rare, size=int(rng.integers(0, 3))))
        words += ["filler"] * int(rng.integers(1, 30))
        docs.append(words)
    write(tmp_path / "bm25", docs)
    reader = Bm25Reader(tmp_path / "bm25")
    for query in (["film", "name3"], ["story", "film", "name7", "name8"], ["film"], ["name1"], ["nothing"]):
        full = reader.get_scores(query)
        for k in (1, 5, 40):
            rows, scores = reader.top(query, k)
            hits = np.flatnonzero(full > 0)
            best = hits[np.argsort(-full[hits], kind="stable")][:k]
            # the same passages in the same order: ties (repeated texts) go to the lower row
            assert np.array_equal(rows, best) and np.allclose(scores, full[best]), (query, k)
        some = np.sort(rng.choice(len(docs), 50, replace=False))
        assert np.array_equal(reader.score_rows(query, some), full[some])
