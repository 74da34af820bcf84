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
