"""`filmbot chat [--sources N]`: an interactive console session that carries the conversation on.

"Who directed The Runaways?" then "who wrote it?" — the second question is about the same film.
After each answer comes one short citation (`--sources N` for more); `/sources` shows the last
answer's passages in full. When a title could mean several films the films are listed, numbered:
type the number (or the year) to have the original question answered for that film.
Commands: `quit` / `exit` (or Ctrl-D / Ctrl-C) ends the session, `film TITLE` sets the film,
`forget` clears the conversation. Empty lines are ignored.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from filmbot.commands._common import add_index_option, citation, open_engine

PROMPT = "you> "
HELP = (
    "Ask about a film, e.g. “Who plays Joan Jett in The Runaways?”, then follow up with “who directed it?”.\n"
    "Commands: /sources (the last answer's passages), film TITLE (talk about that film), "
    "forget (start over), help, quit."
)


def sources_count(text: str) -> int:
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return n


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("chat", help="ask questions interactively; follow-ups keep the current film")
    add_index_option(parser)
    parser.add_argument(
        "--sources",
        type=sources_count,
        default=1,
        metavar="N",
        help="citations shown after each answer (default 1; /sources shows them all)",
    )
    parser.set_defaults(func=run)


class ChatSession:
    """The console loop, separate from stdin/stdout so it can be driven by tests."""

    def __init__(self, engine: Any, out: Any = None, *, sources: int = 1) -> None:
        self.engine = engine
        self.out = out or sys.stdout
        self.sources = sources
        self.conversation: Any = None  # index.Conversation after the last answer
        self.last: Any = None  # the last Answer
        self.pending: Any = None  # (question, choices, context) while a choice of films is open

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def handle(self, line: str) -> bool:
        """Process one line; False when the session should end."""
        text = line.strip()
        low = text.lower()
        if low in {"quit", "exit", "bye", ":q", "/quit"}:
            return False
        if text and not self.command(low):
            self.question(text, low)
        return True

    def command(self, low: str) -> bool:
        """Run a session command (help, forget, sources); False when the line is not one."""
        if low in {"help", "?", "/help"}:
            self.say(HELP)
        elif low in {"forget", "/forget"}:
            self.conversation = self.pending = None
            self.say("OK, starting over: no current film.")
        elif low in {"sources", "/sources"}:
            self.show_sources()
        else:
            return False
        return True

    def question(self, text: str, low: str) -> None:
        """A question, a pick from the last list of films, or `film TITLE`."""
        from index import Conversation, FilmbotError

        try:
            if low.startswith(("film ", "/film ")):
                film = self.engine.film(text.split(None, 1)[1]).ref
                self.conversation, self.pending = Conversation(film=film), None
                self.say(f"Now talking about {film.label}.")
                return
            chosen = self.choice(text)
            if chosen is not None:
                question, film, context = chosen
                ans = self.engine.ask(question, film=film, context=context)
            else:
                question, context = text, self.conversation
                ans = self.engine.ask(text, context=context)
        except FilmbotError as exc:
            self.say(f"filmbot: {exc}")
            return
        self.show(ans, question, context)

    def choice(self, text: str) -> tuple[str, Any, Any] | None:
        """(question, film, context) when `text` picks one of the listed films by number or year."""
        if self.pending is None:
            return None
        question, choices, context = self.pending
        self.pending = None
        picked = None
        if text.isdigit() and 1 <= int(text) <= len(choices):
            picked = choices[int(text) - 1]
        elif text.isdigit():
            same_year = [f for f in choices if f.year == int(text)]
            picked = same_year[0] if len(same_year) == 1 else None
        return (question, picked, context) if picked is not None else None

    def show(self, ans: Any, question: str, context: Any) -> None:
        self.say(ans.answer)
        if ans.choices:
            for i, film in enumerate(ans.choices, start=1):
                self.say(f"  {i}. {film.label}")
            self.say("(type the number or the year)")
            self.pending = (question, ans.choices, context)
            return
        self.last, self.conversation = ans, ans.conversation
        for hit in ans.sources[: self.sources]:
            self.say(f"  — {citation(self.engine, hit)}")
        more = len(ans.sources) - self.sources
        if more > 0 and self.sources:
            self.say(f"  ({more} more: /sources)")

    def show_sources(self) -> None:
        if self.last is None or not self.last.sources:
            self.say("The last answer cites no passages." if self.last else "Ask something first.")
            return
        for i, hit in enumerate(self.last.sources, start=1):
            self.say(f"[{i}] {citation(self.engine, hit)}")
            self.say(textwrap.indent(textwrap.fill(hit.passage.text, 96), "    "))


def run(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    session = ChatSession(engine, sources=args.sources)
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
