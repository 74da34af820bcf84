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


def film_label(title: str, year: int | None) -> str:
    return f"{title} ({year})" if year else title
