"""Print the parts fact extraction reads from a random sample of Wikipedia film summaries, for a hand
check of precision (is this actor really given this part by this sentence?), and time it.

    python benchmarks/facts_sample.py [--films 300] [--seed 13] [--json]

Each line: film | actor = character / description (whose) [construction confidence] || sentence.
The sample is drawn from summaries longer than 300 characters in
../shared/data/wikipedia_movies/films.jsonl (never copied into the repository). The time is process
CPU time of `index.facts.extract_many` (the build's fact annotation), which a busy machine disturbs
far less than wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index import facts  # noqa: E402
from index.types import Review  # noqa: E402

DATA = (ROOT / ".." / "shared" / "data" / "wikipedia_movies" / "films.jsonl").resolve()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--films", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", action="store_true", help="one JSON object per part instead of lines")
    args = parser.parse_args()
    with DATA.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    candidates = [r for r in rows if len(r.get("extract") or "") > 300]
    sample = random.Random(args.seed).sample(candidates, args.films)
    reviews = [Review(str(i), r["title"], r.get("year"), r["extract"], "", "") for i, r in enumerate(sample)]
    facts.extract_many(reviews[:2])  # load spaCy outside the timing
    start = time.process_time()
    found = facts.extract_many(reviews)
    seconds = time.process_time() - start
    parts = 0
    for review, rf in zip(reviews, found, strict=True):
        for c in rf.credits:
            if c.role != "cast" or not (c.character or c.description):
                continue
            parts += 1
            if args.json:
                print(json.dumps({"film": review.title, **c.to_json()}, ensure_ascii=False))
            else:
                whose = f" ({c.of})" if c.of else ""
                print(
                    f"{review.title} | {c.person} = {c.character} / {c.description}{whose} "
                    f"[{c.how} {c.confidence}] || {c.evidence}"
                )
    print(f"{parts} parts from {len(reviews)} summaries; extraction {seconds:.2f} s CPU", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
