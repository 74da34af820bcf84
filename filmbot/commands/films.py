"""`filmbot films`: the films in the index with review counts."""

from __future__ import annotations

import argparse
from typing import Any

from filmbot.commands._common import add_index_option, emit_json, film_label, open_engine


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("films", help="list the films in the index")
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list (see README)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    films = open_engine(args).films()
    if args.json:
        emit_json([f.to_json() for f in films])
        return 0
    for film in films:
        plural = "s" if film.reviews != 1 else ""
        print(
            f"{film_label(film.title, film.year)} — {film.reviews} review{plural}, {film.passages} passages"
        )
    print(f"{len(films)} films")
    return 0
