"""`filmbot ask QUESTION [--film TITLE] [--json]`: one grounded answer, with its sources.

`filmbot ask - --json` reads one question per line from stdin and writes one JSON object per line
(a blank or unusable line gets an error object), loading the index and model once. When the
question's title could mean several films, the answer lists them; ask again with `--film`.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from filmbot.commands._common import add_index_option, citation, emit_json, error_json, open_engine


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("ask", help="answer a question about a film, citing the reviews")
    parser.add_argument(
        "question", help='the question; "-" with --json reads one question per line from stdin'
    )
    parser.add_argument("--film", metavar="TITLE", help="the film the question is about (fuzzy title)")
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print the answer as JSON (see README)")
    parser.set_defaults(func=run)


def choice_lines(ans: Any) -> list[str]:
    """The films an ambiguous title could mean, numbered from 1."""
    return [f"  {i}. {film.label}" for i, film in enumerate(ans.choices, start=1)]


def print_answer(engine: Any, ans: Any, out: Any = None) -> None:
    """The human form: the answer, the films to choose from if any, then its sources."""
    out = out or sys.stdout
    print(ans.answer, file=out)
    if ans.choices:
        print("\n".join(choice_lines(ans)), file=out)
        print(f'(ask again with --film "{ans.choices[0].label}", or another of these)', file=out)
        return
    if ans.sources:
        print("Sources:", file=out)
        for hit in ans.sources:
            figure = f"support {hit.support:.2f}" if hit.support is not None else f"score {hit.score:.3f}"
            print(f"  - {citation(engine, hit)} ({figure})", file=out)
            print(
                textwrap.indent(textwrap.shorten(hit.passage.text, 300, placeholder=" …"), "      "), file=out
            )
    print(f"(confidence {ans.confidence:.2f}{', abstained' if ans.abstained else ''})", file=out)


def _batch(engine: Any, film: str | None) -> int:
    """One JSON object per input line; a bad line (blank included) gets an error object, the rest still run."""
    from index import FilmbotError

    for line in sys.stdin:
        question = line.strip()
        try:
            emit_json(engine.ask(question, film=film).to_json())
        except FilmbotError as exc:
            emit_json(error_json(exc.code, str(exc), question=question))
    return 0


def run(args: argparse.Namespace) -> int:
    from index import QuestionError

    if args.question == "-" and not args.json:
        raise QuestionError("Reading questions from stdin (`-`) needs --json: one JSON answer per line.")
    engine = open_engine(args)
    if args.question == "-":
        return _batch(engine, args.film)
    ans = engine.ask(args.question, film=args.film)
    if args.json:
        emit_json(ans.to_json())
    else:
        print_answer(engine, ans)
    return 0
