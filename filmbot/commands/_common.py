"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_index_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index", type=Path, metavar="DIR", help="index directory (default: $FILMBOT_INDEX_DIR)"
    )


def settings_from(args: argparse.Namespace) -> Any:
    from index import Settings

    settings = Settings()
    if getattr(args, "index", None) is not None:
        settings = settings.model_copy(update={"index_dir": args.index})
    return settings


def open_engine(args: argparse.Namespace) -> Any:
    from index import Engine

    return Engine.open(settings_from(args))


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def error_json(code: str, message: str, **extra: Any) -> dict[str, Any]:
    """The README's error object: {"error": {"code", "message"}}, plus context keys (path, line, ...)."""
    return {**extra, "error": {"code": code, "message": message}}


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 film', '2 films', '26,000 films'."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def citation(engine: Any, hit: Any) -> str:
    """Where a passage comes from, numbered within its review: 'Alien (1979), review alien-1979, passage 2 of 3'."""
    p = hit.passage
    total = engine.passages_in_review(p.review_id)
    where = f"passage {p.ordinal + 1}" + (f" of {total}" if total else "")
    return f"{p.film.label}, review {p.review_id}, {where}"
