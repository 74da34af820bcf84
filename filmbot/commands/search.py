"""`filmbot search QUERY`: ranked passages (hybrid dense + BM25)."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from filmbot.commands._common import add_index_option, citation, emit_json, open_engine


def k_value(text: str) -> int:
    """--k: a whole number from 1 to index.MAX_K (anything else is a usage error, never changed)."""
    from index import MAX_K

    try:
        k = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_K}, not {text!r}") from None
    if not 1 <= k <= MAX_K:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_K}, not {k}")
    return k


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("search", help="find the passages most relevant to a query")
    parser.add_argument("query", help="what to look for")
    parser.add_argument("--film", metavar="TITLE", help="only search this film's reviews (fuzzy title)")
    parser.add_argument(
        "--k", type=k_value, default=5, metavar="N", help="how many passages (1-50, default 5)"
    )
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
        print(f"{rank}. {citation(engine, hit)} (score {hit.score:.4f})")
        print(textwrap.indent(textwrap.fill(hit.passage.text, 100), "   "))
    return 0
