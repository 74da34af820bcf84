"""`filmbot films [TEXT] [--year YEAR] [--json]`: the films in the index with review counts."""

from __future__ import annotations

import argparse
from typing import Any

from filmbot.commands._common import add_index_option, count, emit_json, open_engine


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("films", help="list the films in the index (optionally only matching ones)")
    parser.add_argument(
        "text", nargs="?", default="", metavar="TEXT", help="only films whose title contains TEXT (any case)"
    )
    parser.add_argument("--year", type=int, metavar="YEAR", help="only films of that year")
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list (see README)")
    parser.set_defaults(func=run)


def matches(title: str, text: str) -> bool:
    """Every word of `text` appears in the title, ignoring case."""
    folded = title.casefold()
    return all(word in folded for word in text.casefold().split())


def run(args: argparse.Namespace) -> int:
    films = open_engine(args).films(cards=args.json)  # --json: each film as its card
    total = len(films)
    shown = [f for f in films if matches(f.title, args.text) and (args.year is None or f.year == args.year)]
    if args.json:
        emit_json([f.to_json() for f in shown])
        return 0
    for film in shown:
        print(f"{film.ref.label} — {count(film.reviews, 'review')}, {count(film.passages, 'passage')}")
    filtered = bool(args.text) or args.year is not None
    print(f"{len(shown):,} of {count(total, 'film')} match" if filtered else count(total, "film"))
    return 0
