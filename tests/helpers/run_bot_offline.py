"""`python -m bot` with discord.py's API base pointed at a local fake Discord (for secret-leak tests).

    python -m tests.helpers.run_bot_offline http://127.0.0.1:PORT

Everything else (settings from the environment and `.env` in the working directory, logging set-up,
token check, login, error reporting) is the real `bot.__main__.main`.
"""

from __future__ import annotations

import sys

import discord.http


def main() -> int:
    discord.http.Route.BASE = sys.argv[1].rstrip("/") + "/api/v10"
    from bot.__main__ import main as bot_main

    return bot_main()


if __name__ == "__main__":
    raise SystemExit(main())
