"""How to fuse dense and BM25 rankings — measured, not guessed.

Questions: a summary sentence from ../shared/data/wikipedia_movies/films.jsonl (not its first one),
with the film's title replaced by "the film"; the right answer is that film. Reports top-1/top-5
film accuracy of dense only, BM25 only, reciprocal-rank fusion and the weighted sum filmbot uses
(index/retrieval.py) at several weights.

    python benchmarks/fusion.py --index DIR      # an index of films.jsonl built with `filmbot index build`
    python benchmarks/fusion.py --films 3000     # builds a sample index in a temp dir first
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index import Engine, Settings, build_index  # noqa: E402
from index.textutil import sentences  # noqa: E402

FILMS = (ROOT / ".." / "shared" / "data" / "wikipedia_movies" / "films.jsonl").resolve()


def main() -> int:
    parser = argparse.ArgumentParser(description="compare fusion methods")
    parser.add_argument("--index", type=Path, help="existing index of films.jsonl")
    parser.add_argument("--films", type=int, default=3000, help="sample size when building an index")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument(
        "--encoder",
        choices=("fp32", "int8"),
        default="fp32",
        help="encoder of the sample index (int8: the quantised ONNX model of FILMBOT_DATA_DIR/model)",
    )
    args = parser.parse_args()
    if not FILMS.is_file():
        print(f"skipped: {FILMS} is absent (shared data lives in ../shared/data)")
        return 0
    films = [json.loads(line) for line in FILMS.open(encoding="utf-8")]
    rng = random.Random(11)
    tmp = Path(tempfile.mkdtemp(prefix="filmbot-fusion-"))
    if args.index is None:
        films = rng.sample(films, args.films)
        corpus = tmp / "films.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for f in films:
                fh.write(json.dumps({"title": f["title"], "year": f["year"], "text": f["extract"]}) + "\n")
        if args.encoder == "int8":  # the ONNX models live in the usual data directory
            settings = Settings(index_dir=tmp / "index", corpus=[corpus], onnx=True, encoder="int8")
        else:
            settings = Settings(data_dir=tmp, index_dir=tmp / "index", corpus=[corpus], onnx=False)
        build_index(settings)
    else:
        settings = Settings(data_dir=tmp, index_dir=args.index, onnx=False)
    engine = Engine.open(settings)
    snap = engine.snapshot
    pool = [f for f in films if len(sentences(f["extract"])) >= 3]
    questions = []
    for f in rng.sample(pool, min(args.queries, len(pool))):
        sentence = rng.choice(sentences(f["extract"])[1:])
        questions.append(
            (re.sub(re.escape(f["title"]), "the film", sentence, flags=re.I), (f["title"], f["year"]))
        )

    def film_of(cid: int) -> tuple[str, int | None]:
        p = snap.passages_by_id([cid])[cid]
        return p.title, p.year

    def evaluate(score_fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        top1 = top5 = 0
        for q, gold in questions:
            qv = engine.encode_query(q)
            dense = dict(snap.dense(qv, 40))
            lexical = dict(snap.lexical(q, 40))
            cands = list(dense.keys() | lexical.keys())
            cosine = snap.cosine(qv, [c for c in cands if c not in dense])
            cosine.update(dense)
            scores = score_fn(q, cands, cosine, dense, lexical)
            best = [film_of(cands[i]) for i in np.argsort(-np.asarray(scores))[:5]]
            top1 += bool(best) and best[0] == gold
            top5 += gold in best
        return top1 / len(questions), top5 / len(questions)

    def rrf(_q, cands, _cos, dense, lexical):  # type: ignore[no-untyped-def]
        rank_d = {c: i for i, c in enumerate(sorted(dense, key=lambda c: -dense[c]))}
        rank_l = {c: i for i, c in enumerate(sorted(lexical, key=lambda c: -lexical[c]))}
        return [
            (1 / (61 + rank_d[c]) if c in rank_d else 0) + (1 / (61 + rank_l[c]) if c in rank_l else 0)
            for c in cands
        ]

    def weighted(alpha: float):  # type: ignore[no-untyped-def]
        def fn(q, cands, cos, _dense, lexical):  # type: ignore[no-untyped-def]
            upper = snap.idf_total(q)
            return [alpha * cos[c] + (1 - alpha) * min(1.0, lexical.get(c, 0.0) / upper) for c in cands]

        return fn

    rows = [
        ("dense only", evaluate(lambda _q, cands, cos, _d, _l: [cos[c] for c in cands])),
        ("BM25 only", evaluate(lambda _q, cands, _c, _d, lex: [lex.get(c, 0.0) for c in cands])),
        ("reciprocal rank (k=60)", evaluate(rrf)),
    ] + [(f"weighted, dense {a}", evaluate(weighted(a))) for a in (0.3, 0.4, 0.5, 0.6)]
    encoder = (snap.manifest.get("model") or {}).get("encoder", "fp32")
    print(
        f"{len(questions)} questions over {len(snap.films)} films ({snap.passage_count} passages), {encoder}\n"
    )
    print("| fusion | film top-1 | film top-5 |\n|---|---|---|")
    for name, (t1, t5) in rows:
        print(f"| {name} | {t1:.3f} | {t5:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
