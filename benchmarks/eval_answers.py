"""Score grounded answers on the generated dev questions and choose the "which film" threshold.

    python benchmarks/make_dev_questions.py --films 2000          # → $TMPDIR/filmbot-dev
    nice -n 10 python benchmarks/eval_answers.py                    # builds the index there if needed

Prints hits@1 per kind (director, cast, plot, abstain_*), plot top-1 / top-5 (is the gold film the
first / among the first five films retrieved, whatever the threshold), and a sweep of the which-film
abstention threshold (answerable plot questions vs. questions about films left out of the index).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _top_films(ans: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for src in ans.get("sources", []):
        label = f"{src['title']} ({src['year']})" if src.get("year") else src["title"]
        if label not in out:
            out.append(label)
    return out


def sweep(results: list[tuple[Any, dict[str, Any]]]) -> list[dict[str, float]]:
    """Accuracy of which-film questions (answerable + held-out) at each threshold."""
    from index.textutil import fold as normalize_text

    rows = []
    for item, ans in results:
        if item.kind not in {"plot", "abstain_plot"}:
            continue
        films = _top_films(ans)
        correct = (
            bool(item.answers) and bool(films) and normalize_text(films[0]) == normalize_text(item.answers[0])
        )
        rows.append((float(ans.get("confidence", 0.0)), bool(item.answers), correct))
    out = []
    for t in [x / 100 for x in range(20, 80, 2)]:
        ok = sum(
            (conf >= t and correct) or (conf < t and not answerable) for conf, answerable, correct in rows
        )
        answered_ok = sum(conf >= t and correct for conf, _, correct in rows)
        answerable_n = sum(a for _, a, _ in rows) or 1
        abst = [not a for conf, a, _ in rows if conf < t]
        out.append(
            {
                "threshold": t,
                "accuracy": round(ok / max(1, len(rows)), 4),
                "plot_hits": round(answered_ok / answerable_n, 4),
                "abstention_precision": round(sum(abst) / len(abst), 4) if abst else 1.0,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    from filmbot.commands.eval import Item, evaluate, read_items, score
    from index import Engine, IndexMismatchError, Settings, build_index

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dev-dir", type=Path, default=Path(tempfile.gettempdir()) / "filmbot-dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N questions of each kind")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the dev index from scratch")
    args = parser.parse_args(argv)
    corpus, questions = args.dev_dir / "corpus.jsonl", args.dev_dir / "questions.jsonl"
    if not corpus.is_file() or not questions.is_file():
        print(f"run benchmarks/make_dev_questions.py first (nothing in {args.dev_dir})", file=sys.stderr)
        return 2
    settings = Settings(data_dir=args.dev_dir / "data", index_dir=args.dev_dir / "index", corpus=[corpus])
    t0 = time.perf_counter()
    try:
        report = build_index(settings, rebuild=args.rebuild)
    except IndexMismatchError as exc:  # built with other chunking/model parameters: start over
        print(f"{exc} — rebuilding", file=sys.stderr)
        report = build_index(settings, rebuild=True)
    print(
        f"index: {report.films} films, {report.chunks} passages ({time.perf_counter() - t0:.1f}s)",
        file=sys.stderr,
    )
    engine = Engine.open(settings)
    items = [i for i in read_items(questions.read_text(encoding="utf-8").splitlines()) if isinstance(i, Item)]
    if args.limit:
        seen: dict[str | None, int] = {}
        kept = []
        for item in items:
            seen[item.kind] = seen.get(item.kind, 0) + 1
            if seen[item.kind] <= args.limit:
                kept.append(item)
        items = kept
    t0 = time.perf_counter()
    with (args.dev_dir / "details.jsonl").open("w", encoding="utf-8") as details:
        results = evaluate(engine, items, details)
    seconds = time.perf_counter() - t0
    out = score(results)
    plot = [(i, a) for i, a in results if i.kind == "plot"]
    from index.textutil import fold as normalize_text

    def rank_ok(item: Any, ans: dict[str, Any], k: int) -> bool:
        gold = normalize_text(item.answers[0])
        return any(normalize_text(f) == gold for f in _top_films(ans)[:k])

    out["plot_top1"] = round(sum(rank_ok(i, a, 1) for i, a in plot) / max(1, len(plot)), 4)
    out["plot_top5"] = round(sum(rank_ok(i, a, 5) for i, a in plot) / max(1, len(plot)), 4)
    out["seconds_per_question"] = round(seconds / max(1, len(results)), 4)
    out["threshold_sweep"] = sweep(results)
    if args.json:
        print(json.dumps(out))
        return 0
    print(f"questions: {out['questions']}  ({out['seconds_per_question'] * 1000:.0f} ms/question)")
    for kind, row in out["per_kind"].items():
        print(f"  {kind:<14} n={row['questions']:<4} hits@1={row['hits_at_1']:.3f}")
    print(f"plot top-1 (film ranked first): {out['plot_top1']:.3f}   top-5: {out['plot_top5']:.3f}")
    print(
        f"abstained: {out['abstained']}  precision: {out['abstention_precision']}  recall: {out['abstention_recall']}"
    )
    print("which-film threshold sweep (accuracy over plot + abstain_plot):")
    for row in out["threshold_sweep"]:
        print(
            f"  t={row['threshold']:.2f}  acc={row['accuracy']:.3f}  plot hits={row['plot_hits']:.3f}"
            f"  abst. precision={row['abstention_precision']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
