"""`filmbot search QUERY`: ranked passages (hybrid dense + BM25)."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from filmbot.commands._common import add_index_option, emit_json, film_label, open_engine


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("search", help="find the passages most relevant to a query")
    parser.add_argument("query", help="what to look for")
    parser.add_argument("--film", metavar="TITLE", help="only search this film's reviews (fuzzy title)")
    parser.add_argument("--k", type=int, default=5, metavar="N", help="how many passages (1-50, default 5)")
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list (see README)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    hits = engine.search(args.query, film=args.film, k=args.k)
    if args.json:
        emit_json([h.to_json() for h in hits])
        return 0
    if not hits:
        print("No passages match.")
    for rank, hit in enumerate(hits, start=1):
        p = hit.passage
        print(
            f"{rank}. {film_label(p.title, p.year)} — review {p.review_id}, passage {p.chunk_id} (score {hit.score:.4f})"
        )
        print(textwrap.indent(textwrap.fill(p.text, 100), "   "))
    return 0
