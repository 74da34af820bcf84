"""`filmbot bot [--no-sync]`: run the Discord bot.

Needs FILMBOT_DISCORD_TOKEN (environment or .env); every other FILMBOT_* setting is optional, see
.env.example. A missing or malformed token is one line on stderr and exit code 1. The index is
loaded at start-up; build it first with `filmbot index build`.
"""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bot", help="run the Discord bot (needs FILMBOT_DISCORD_TOKEN; see docs/deploy.md)"
    )
    parser.add_argument(
        "--no-sync",
        action="store_true",
        help="don't sync slash commands at start-up (they stay as last synced)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import logging

    from bot.client import load_settings, run_bot

    settings = load_settings()
    if "log_level" not in settings.model_fields_set and not getattr(args, "verbose", False):
        # A server process: its start-up and sync messages matter (the CLI's default is quieter).
        logging.getLogger().setLevel(logging.INFO)
    if args.no_sync:
        settings.sync_commands = False
    run_bot(settings)
    return 0
