"""`filmbot …` entry point.

Each sub-command lives in `filmbot/commands/<name>.py` with two functions: `add_parser(subparsers)`
and `run(args) -> int`. Output contract: with `--json`, stdout carries only JSON (documented in
README.md); human messages and progress go to stderr. Errors are one readable line and exit code 1
(2 for usage errors); with `--json` they are also printed as {"error": {code, message}}.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from filmbot.commands import ask, bot, chat, film, films, model, search, verdict
from filmbot.commands import eval as eval_command
from filmbot.commands import index as index_command

# Sub-command modules, in the order `filmbot --help` lists them.
COMMANDS = (index_command, search, films, film, ask, chat, eval_command, verdict, model, bot)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="filmbot", description="Answer questions about films from reviews.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    # A CLI answer should not drown in library chatter: warnings only, unless asked for more
    # (-v, or FILMBOT_LOG_LEVEL; the bot logs at INFO by default).
    level = "DEBUG" if args.verbose else os.environ.get("FILMBOT_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from index import FilmbotError

    try:
        return int(args.func(args) or 0)
    except FilmbotError as exc:
        if getattr(args, "json", False):
            print(json.dumps({"error": {"code": exc.code, "message": str(exc)}}))
        print(f"filmbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("filmbot: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `filmbot search … | head`: the reader has gone; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
