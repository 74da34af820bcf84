"""Verdict dev checks beside `filmbot verdict train`: reported reception on hand-labelled Wikipedia
summaries, and hand-written hard cases. Reported, not tuned on.

    .venv/bin/python benchmarks/verdict_dev.py [--data ../shared/data] [--json]

- benchmarks/reception_dev.jsonl: 56 films of ../shared/data/wikipedia_movies/films.jsonl, referenced
  by title and year (no text copied), each labelled by hand with the reception its summary reports
  (positive / negative / mixed, or none when the summary reports none). The check: what
  index.reception reads from the summary's sentences.
- benchmarks/verdict_hard_cases.jsonl: texts written for this project (sarcasm, negated praise,
  "not bad at all", mixed reviews with a clear last line, reception statements), each with the
  label a reader would give; the check: `index.verdict.classify`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def reception_dev(data_dir: Path) -> dict[str, Any]:
    from index.reception import read
    from index.textutil import sentences

    dev = [
        json.loads(line) for line in (HERE / "reception_dev.jsonl").read_text().splitlines() if line.strip()
    ]
    want = {(d["title"], d["year"]): d for d in dev}
    found: dict[tuple[str, int], str] = {}
    with (data_dir / "wikipedia_movies" / "films.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            key = (row["title"], row["year"])
            if key in want:
                got = read(sentences(row.get("extract") or ""))
                found[key] = got.label if got else "none"
    rows = [{**d, "got": found.get((d["title"], d["year"]), "missing")} for d in dev]
    right = sum(r["got"] == r["label"] for r in rows)
    reported = [r for r in rows if r["label"] != "none"]
    return {
        "films": len(rows),
        "accuracy": round(right / len(rows), 4),
        "reported_films": len(reported),
        "reported_accuracy": round(sum(r["got"] == r["label"] for r in reported) / max(1, len(reported)), 4),
        "misses": [
            {"title": r["title"], "year": r["year"], "label": r["label"], "got": r["got"]}
            for r in rows
            if r["got"] != r["label"]
        ],
    }


def hard_cases() -> dict[str, Any]:
    from index.verdict import classify

    cases = [
        json.loads(line) for line in (HERE / "verdict_hard_cases.jsonl").read_text().splitlines() if line
    ]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    rows = []
    for case in cases:
        v = classify(case["text"])
        ok = v.label == case["label"]
        by_kind[case["kind"]].append(ok)
        rows.append({**case, "got": v.label, "p": round(v.probability, 3), "quote": v.quote, "ok": ok})
    return {
        "cases": len(rows),
        "accuracy": round(sum(r["ok"] for r in rows) / len(rows), 4),
        "by_kind": {k: f"{sum(v)}/{len(v)}" for k, v in by_kind.items()},
        "rows": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = {"reception_dev": reception_dev(args.data), "hard_cases": hard_cases()}
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    rec = result["reception_dev"]
    print(
        f"reception dev set: {rec['accuracy']:.3f} of {rec['films']} films "
        f"({rec['reported_accuracy']:.3f} of the {rec['reported_films']} that report a reception)"
    )
    for miss in rec["misses"]:
        print(f"  miss: {miss['title']} ({miss['year']}): labelled {miss['label']}, read {miss['got']}")
    hard = result["hard_cases"]
    print(
        f"hard cases: {hard['accuracy']:.3f} of {hard['cases']}; "
        + ", ".join(f"{k} {v}" for k, v in hard["by_kind"].items())
    )
    for r in hard["rows"]:
        mark = "ok  " if r["ok"] else "MISS"
        print(f"  {mark} [{r['kind']}] want {r['label']}, got {r['got']} (P={r['p']}): {r['text'][:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
