"""`filmbot eval FILE.jsonl [--json]`: hits@1 of `ask` on a question file.

Each line: {"question": "...", "answers": ["...", ...], "kind"?: "...", "film"?: "...", "turns"?: [...],
"gold_film"?: "Title (Year)"}. `turns` are earlier messages of the same conversation, asked first (each
answer's conversation carried to the next). A question is a hit when any gold answer appears in the
answer text (case-, accent- and punctuation-insensitive), or when `answers` is empty and the bot
abstained. An answer that does not abstain and names a film other than `gold_film` (any film, when
`answers` is empty) counts as "about a different film". Bad lines are reported on stderr and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filmbot.commands._common import add_index_option, emit_json, open_engine


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("eval", help="score `ask` on a JSONL file of questions with gold answers")
    parser.add_argument("file", type=Path, help="JSONL: {question, answers: [...], kind?} per line")
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--details", type=Path, metavar="OUT", help="write one JSON line per question here")
    parser.set_defaults(func=run)


@dataclass(frozen=True)
class Item:
    line: int
    question: str
    answers: tuple[str, ...]
    kind: str | None = None
    film: str | None = None
    turns: tuple[str, ...] = ()
    gold_film: str | None = None


def read_items(lines: Iterable[str]) -> Iterator[Item | tuple[int, str]]:
    """Items, or (line number, error) for lines that cannot be used."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg})"
            continue
        if not isinstance(obj, dict):
            yield number, "not a JSON object"
            continue
        question, answers = obj.get("question"), obj.get("answers", None)
        if not isinstance(question, str) or not question.strip():
            yield number, 'missing or empty "question"'
            continue
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            yield number, '"answers" must be a list of strings'
            continue
        turns = obj.get("turns") or []
        if not isinstance(turns, list) or not all(isinstance(t, str) and t.strip() for t in turns):
            yield number, '"turns" must be a list of non-empty strings'
            continue
        kind, film, gold_film = obj.get("kind"), obj.get("film"), obj.get("gold_film")
        yield Item(
            number,
            question,
            tuple(a for a in answers if a.strip()),
            kind if isinstance(kind, str) else None,
            film if isinstance(film, str) else None,
            tuple(turns),
            gold_film if isinstance(gold_film, str) else None,
        )


def is_hit(item: Item, answer: dict[str, Any]) -> bool:
    from index import answer_contains

    if not item.answers:
        return bool(answer.get("abstained"))
    if answer.get("abstained"):
        return False
    return any(answer_contains(answer.get("answer", ""), gold) for gold in item.answers)


def film_label(obj: dict[str, Any]) -> str:
    """ "Title (Year)" of a film or source object in ask's JSON (FilmRef.label, the one formatter)."""
    from index import FilmRef

    return FilmRef(str(obj.get("title")), obj.get("year")).label


def in_top(item: Item, answer: dict[str, Any], k: int) -> bool:
    """A gold answer among the films of the first k sources (for "which film" questions)."""
    from index import answer_contains

    if not item.answers:
        return bool(answer.get("abstained"))
    titles: list[str] = []
    for src in answer.get("sources", []):
        label = film_label(src)
        if label not in titles:
            titles.append(label)
    texts = ([] if answer.get("abstained") else [answer.get("answer", "")]) + titles[:k]
    return any(answer_contains(t, gold) for t in texts for gold in item.answers)


def other_film(item: Item, answer: dict[str, Any]) -> bool:
    """The answer speaks about a film the question is not about."""
    film = answer.get("film")
    if answer.get("abstained") or not film:
        return False
    label = film_label(film)
    if not item.answers:
        return True
    return item.gold_film is not None and label != item.gold_film


def score(results: list[tuple[Item, dict[str, Any]]]) -> dict[str, Any]:
    by_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    hits = top5 = wrong_film = 0
    abstained = correct_abstentions = should_abstain = 0
    for item, ans in results:
        hit, hit5 = is_hit(item, ans), in_top(item, ans, 5)
        hits += hit
        top5 += hit5
        wrong_film += other_film(item, ans)
        kind = item.kind or ("abstain" if not item.answers else ans.get("kind", "search"))
        by_kind[kind].append((hit, hit5))
        if ans.get("abstained"):
            abstained += 1
            correct_abstentions += not item.answers
        should_abstain += not item.answers
    n = len(results)
    return {
        "questions": n,
        "hits_at_1": round(hits / n, 4) if n else 0.0,
        "top_5": round(top5 / n, 4) if n else 0.0,
        "per_kind": {
            k: {
                "questions": len(v),
                "hits_at_1": round(sum(h for h, _ in v) / len(v), 4),
                "top_5": round(sum(t for _, t in v) / len(v), 4),
            }
            for k, v in sorted(by_kind.items())
        },
        "other_film": wrong_film,
        "abstained": abstained,
        "abstention_precision": round(correct_abstentions / abstained, 4) if abstained else None,
        "abstention_recall": round(correct_abstentions / should_abstain, 4) if should_abstain else None,
    }


def evaluate(engine: Any, items: list[Item], details: Any = None) -> list[tuple[Item, dict[str, Any]]]:
    from index import FilmbotError

    results: list[tuple[Item, dict[str, Any]]] = []
    for item in items:
        try:
            context = None
            for turn in item.turns:
                context = engine.ask(turn, film=item.film, context=context).conversation
            ans = engine.ask(item.question, film=item.film, context=context).to_json()
        except FilmbotError as exc:
            print(f"line {item.line}: {exc}", file=sys.stderr)
            ans = {
                "question": item.question,
                "answer": "",
                "abstained": True,
                "sources": [],
                "error": str(exc),
            }
        results.append((item, ans))
        if details is not None:
            row = {
                **ans,
                "line": item.line,
                "gold": list(item.answers),
                "gold_kind": item.kind,
                "hit": is_hit(item, ans),
                "other_film": other_film(item, ans),
            }
            details.write(json.dumps(row, ensure_ascii=False) + "\n")
    return results


def run(args: argparse.Namespace) -> int:
    from index import CorpusError

    try:
        lines = args.file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"Cannot read {args.file}: {exc}") from exc
    items: list[Item] = []
    bad = 0
    for entry in read_items(lines):
        if isinstance(entry, Item):
            items.append(entry)
        else:
            bad += 1
            print(f"{args.file}:{entry[0]}: skipped: {entry[1]}", file=sys.stderr)
    engine = open_engine(args)
    if args.details:
        with args.details.open("w", encoding="utf-8") as details:
            results = evaluate(engine, items, details)
    else:
        results = evaluate(engine, items)
    report = score(results)
    report["bad_lines"] = bad
    if args.json:
        emit_json(report)
        return 0
    print(f"questions: {report['questions']} (bad lines skipped: {bad})")
    print(f"hits@1: {report['hits_at_1']:.3f}   top-5: {report['top_5']:.3f}")
    for kind, row in report["per_kind"].items():
        print(f"  {kind:<14} n={row['questions']:<5} hits@1={row['hits_at_1']:.3f}  top-5={row['top_5']:.3f}")
    print(f"answered about a different film: {report['other_film']}")
    prec = report["abstention_precision"]
    rec = report["abstention_recall"]
    print(
        f"abstained: {report['abstained']}   precision: {'n/a' if prec is None else f'{prec:.3f}'}"
        f"   recall: {'n/a' if rec is None else f'{rec:.3f}'}"
    )
    return 0
