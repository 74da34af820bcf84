"""Film lookups: /film, /cast, /plot, /verdict, /search.

Titles are resolved before the interaction is deferred, so a typo gets a private "did you mean"
instead of a public error; the slow part (the engine) runs after the defer, in a worker thread.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NO_PINGS, FilmBot
from bot.cogs.common import heavy_check, title_autocomplete
from bot.formatting import answer_embed, cast_embed, film_embed, search_embed, verdict_embed, verdict_text
from bot.views import answer_view
from index import FilmbotError, FilmRef, VerdictSummary

log = logging.getLogger(__name__)

Title = app_commands.Range[str, 1, 200]


def _summary_formatter() -> Callable[[VerdictSummary], str]:
    """The engine's own wording of a verdict when index.verdict provides one, else ours."""
    try:
        module = importlib.import_module("index.verdict")
    except ImportError:
        return verdict_text
    fn = getattr(module, "summary_text", None)
    return fn if callable(fn) else verdict_text


class FilmsCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    async def _start(self, interaction: discord.Interaction[FilmBot], title: str) -> FilmRef | str:
        """Resolve the title (errors go to the user privately), then defer."""
        ref = await self.bot.resolve_film(title)
        await interaction.response.defer(thinking=True)
        return ref or title

    async def _verdict_line(self, ref: FilmRef | str) -> str | None:
        engine = self.bot.require_engine()
        try:
            summary = await self.bot.run_engine(engine.verdict, ref)
        except FilmbotError as exc:
            log.info("No verdict for %s: %s", ref, exc)
            return None
        except Exception:  # the card is still useful without its verdict line
            log.warning("The verdict of %s failed", ref, exc_info=True)
            return None
        try:
            return _summary_formatter()(summary)
        except Exception:
            log.exception("Formatting the verdict of %s failed", ref)
            return verdict_text(summary)

    async def _send_answer(
        self, interaction: discord.Interaction[FilmBot], question: str, ref: FilmRef | str
    ) -> None:
        engine = self.bot.require_engine()
        answer = await self.bot.run_engine(engine.ask, question, film=ref)
        sent = await interaction.followup.send(
            embed=answer_embed(answer), view=answer_view(answer), wait=True, allowed_mentions=NO_PINGS
        )
        self.bot.answers.put(sent.id, answer)
        if answer.film is not None:
            self.bot.memory.remember(sent.id, answer.film)

    @app_commands.command(name="film", description="A film's card: year, director, cast, reviews and verdict")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def film(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        ref = await self._start(interaction, title)
        engine = self.bot.require_engine()
        film = await self.bot.run_engine(engine.film, ref)
        verdict = await self._verdict_line(film.ref)
        await interaction.followup.send(embed=film_embed(film, verdict), allowed_mentions=NO_PINGS)

    @app_commands.command(name="cast", description="Who is in a film")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def cast(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        ref = await self._start(interaction, title)
        engine = self.bot.require_engine()
        film = await self.bot.run_engine(engine.film, ref)
        if film.cast:
            await interaction.followup.send(embed=cast_embed(film), allowed_mentions=NO_PINGS)
        else:  # no cast list in the metadata: let the reviews say who is in it
            await self._send_answer(interaction, f"Who is in the cast of {film.title}?", film.ref)

    @app_commands.command(name="plot", description="What a film is about, from its reviews")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def plot(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        ref = await self._start(interaction, title)
        name = ref.title if isinstance(ref, FilmRef) else ref
        await self._send_answer(interaction, f"What is the plot of {name}?", ref)

    @app_commands.command(name="verdict", description="What the reviews think of a film")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def verdict(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        ref = await self._start(interaction, title)
        engine = self.bot.require_engine()
        summary = await self.bot.run_engine(engine.verdict, ref)
        try:
            text = _summary_formatter()(summary)
        except Exception:
            log.exception("Formatting the verdict of %s failed", ref)
            text = verdict_text(summary)
        await interaction.followup.send(embed=verdict_embed(summary, text), allowed_mentions=NO_PINGS)

    @app_commands.command(name="search", description="Find review passages about something")
    @app_commands.describe(
        query="What to look for, e.g. “the coffee shop scene”", film="Only search this film's reviews"
    )
    @app_commands.autocomplete(film=title_autocomplete)
    @app_commands.check(heavy_check)
    async def search(
        self,
        interaction: discord.Interaction[FilmBot],
        query: app_commands.Range[str, 1, 300],
        film: Title | None = None,
    ) -> None:
        engine = self.bot.require_engine()
        engine.clean_question(query)  # an unusable query is refused privately, before deferring
        ref: FilmRef | str | None = None
        if film is not None:
            ref = await self._start(interaction, film)
        else:
            await interaction.response.defer(thinking=True)
        hits = await self.bot.run_engine(engine.search, query, film=ref, k=5)
        shown = ref if isinstance(ref, FilmRef) else None
        await interaction.followup.send(embed=search_embed(query, hits, shown), allowed_mentions=NO_PINGS)
