"""`filmbot chat`: an interactive console session that remembers the film under discussion.

"Who directed The Runaways?" then "who wrote it?" — the second question is about the same film.
Commands: `quit` / `exit` (or Ctrl-D / Ctrl-C) ends the session, `film TITLE` sets the film,
`forget` clears it. Empty lines are ignored.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from filmbot.commands._common import add_index_option, open_engine

PROMPT = "you> "
HELP = (
    "Ask about a film, e.g. “Who plays Joan Jett in The Runaways?”, then follow up with “who directed it?”.\n"
    "Commands: film TITLE (talk about that film), forget (no current film), help, quit."
)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("chat", help="ask questions interactively; follow-ups keep the current film")
    add_index_option(parser)
    parser.set_defaults(func=run)


class ChatSession:
    """The console loop, separate from stdin/stdout so it can be driven by tests."""

    def __init__(self, engine: Any, out: Any = None) -> None:
        self.engine = engine
        self.out = out or sys.stdout
        self.film: Any = None  # FilmRef of the film under discussion

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def handle(self, line: str) -> bool:
        """Process one line; False when the session should end."""
        from filmbot.commands.ask import print_answer
        from index.errors import FilmbotError

        text = line.strip()
        if not text:
            return True
        low = text.lower()
        if low in {"quit", "exit", "bye", ":q", "/quit"}:
            return False
        if low in {"help", "?", "/help"}:
            self.say(HELP)
            return True
        if low in {"forget", "/forget"}:
            self.film = None
            self.say("OK, no current film.")
            return True
        try:
            if low.startswith(("film ", "/film ")):
                self.film = self.engine.film(text.split(None, 1)[1]).ref
                self.say(f"Now talking about {self.film.label}.")
                return True
            ans = self.engine.ask(text, context=self.film)
        except FilmbotError as exc:
            self.say(f"filmbot: {exc}")
            return True
        if ans.film is not None and not ans.abstained:
            self.film = ans.film
        print_answer(ans, self.out)
        return True


def run(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    session = ChatSession(engine)
    interactive = sys.stdin.isatty()
    if interactive:
        print(HELP, file=sys.stderr)
    while True:
        try:
            line = input(PROMPT) if interactive else sys.stdin.readline()
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print(file=sys.stderr)
            return 0
        if not interactive and line == "":
            return 0  # end of piped input
        if not session.handle(line):
            return 0
