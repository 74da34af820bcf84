"""`filmbot ask QUESTION [--film TITLE] [--json]`: one grounded answer, with its sources.

`filmbot ask - --json` reads one question per line from stdin and writes one JSON object per line,
loading the index and model once.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from filmbot.commands._common import add_index_option, emit_json, film_label, open_engine


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("ask", help="answer a question about a film, citing the reviews")
    parser.add_argument(
        "question", help='the question; "-" with --json reads one question per line from stdin'
    )
    parser.add_argument("--film", metavar="TITLE", help="the film the question is about (fuzzy title)")
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print the answer as JSON (see README)")
    parser.set_defaults(func=run)


def print_answer(ans: Any, out: Any = None) -> None:
    """The human form: the answer, then its sources."""
    out = out or sys.stdout
    print(ans.answer, file=out)
    if ans.sources:
        print("Sources:", file=out)
        for hit in ans.sources:
            p = hit.passage
            head = f"  - {film_label(p.title, p.year)}, review {p.review_id}, passage {p.chunk_id}"
            print(f"{head} (score {hit.score:.3f})", file=out)
            print(textwrap.indent(textwrap.shorten(p.text, 300, placeholder=" …"), "      "), file=out)
    print(f"(confidence {ans.confidence:.2f}{', abstained' if ans.abstained else ''})", file=out)


def _batch(engine: Any, film: str | None) -> int:
    """One JSON object per input line; a bad line gets an error object, the rest still run."""
    from index.errors import FilmbotError

    for line in sys.stdin:
        question = line.strip()
        if not question:
            continue
        try:
            emit_json(engine.ask(question, film=film).to_json())
        except FilmbotError as exc:
            emit_json({"question": question, "error": {"code": exc.code, "message": str(exc)}})
    return 0


def run(args: argparse.Namespace) -> int:
    from index.errors import QuestionError

    if args.question == "-" and not args.json:
        raise QuestionError("Reading questions from stdin (`-`) needs --json: one JSON answer per line.")
    engine = open_engine(args)
    if args.question == "-":
        return _batch(engine, args.film)
    ans = engine.ask(args.question, film=args.film)
    if args.json:
        emit_json(ans.to_json())
    else:
        print_answer(ans)
    return 0
