"""Film lookups: /film, /cast, /plot, /verdict, /search.

Titles are resolved before the interaction is deferred, so a typo gets a private "did you mean"
instead of a public error, and a title that could mean several films gets a private menu of them
(the pick posts the result for everyone); the slow part (the engine) runs after the defer, in a
worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import FilmBot
from bot.formatting import answer_embed, cast_embed, film_embed, search_embed, verdict_embed
from bot.shared import NO_PINGS, heavy_check, title_autocomplete
from bot.views import ChoiceView, answer_view
from index import AmbiguousTitleError, Answer, FilmbotError, FilmRef, verdict_text

log = logging.getLogger(__name__)

Title = app_commands.Range[str, 1, 200]
#: what a command does once its film is known; the interaction has been answered (deferred) already
Body = Callable[[discord.Interaction[Any], FilmRef | str], Awaitable[None]]


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(FilmsCog(bot))


class FilmsCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    async def _with_film(self, interaction: discord.Interaction[FilmBot], title: str, body: Body) -> None:
        """Resolve the title (errors go to the user privately), defer, then run `body`.

        An ambiguous title gets a private menu of the films instead; picking one runs `body` for it.
        """
        try:
            ref = await self.bot.resolve_film(title)
        except AmbiguousTitleError as exc:
            if not exc.films:
                raise

            async def pick(choice: discord.Interaction[Any], film: FilmRef) -> None:
                await choice.response.edit_message(content=f"🎬 {film.label}", view=None)
                await body(choice, film)

            view = ChoiceView(exc.films, interaction.user.id, pick)
            await interaction.response.send_message(
                str(exc), view=view, ephemeral=True, allowed_mentions=NO_PINGS
            )
            view.message = await interaction.original_response()
            return
        await interaction.response.defer(thinking=True)
        await body(interaction, ref or title)

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
        return verdict_text(summary)

    async def _send_answer(self, interaction: discord.Interaction[Any], answer: Answer) -> None:
        sent = await interaction.followup.send(
            embed=answer_embed(answer, lengths=self.bot.review_lengths(answer.sources)),
            view=answer_view(answer),
            wait=True,
            allowed_mentions=NO_PINGS,
        )
        self.bot.answers.put(sent.id, answer)
        self.bot.memory.remember(sent.id, answer.conversation)

    # -- the commands' bodies, once the film is known ---------------------------------------------
    async def _card(self, interaction: discord.Interaction[Any], ref: FilmRef | str) -> None:
        engine = self.bot.require_engine()
        film = await self.bot.run_engine(engine.film, ref)
        verdict = await self._verdict_line(film.ref)
        await interaction.followup.send(embed=film_embed(film, verdict), allowed_mentions=NO_PINGS)

    async def _cast(self, interaction: discord.Interaction[Any], ref: FilmRef | str) -> None:
        engine = self.bot.require_engine()
        film = await self.bot.run_engine(engine.film, ref)
        if film.cast:
            await interaction.followup.send(embed=cast_embed(film), allowed_mentions=NO_PINGS)
        else:  # no cast list in the metadata: let the reviews say who is in it
            await self._send_answer(
                interaction, await self.bot.run_engine(engine.answer_kind, "cast", film.ref)
            )

    async def _plot(self, interaction: discord.Interaction[Any], ref: FilmRef | str) -> None:
        engine = self.bot.require_engine()
        await self._send_answer(interaction, await self.bot.run_engine(engine.answer_kind, "plot", ref))

    async def _verdict(self, interaction: discord.Interaction[Any], ref: FilmRef | str) -> None:
        engine = self.bot.require_engine()
        answer = await self.bot.run_engine(engine.answer_kind, "verdict", ref)
        if answer.verdict is None:  # no verdict to show: the answer says so, with what it has
            await self._send_answer(interaction, answer)
            return
        embed = verdict_embed(answer.verdict, answer.answer)
        await interaction.followup.send(embed=embed, allowed_mentions=NO_PINGS)

    # -- slash commands ------------------------------------------------------------------------------
    @app_commands.command(name="film", description="A film's card: year, director, cast, reviews and verdict")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def film(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        await self._with_film(interaction, title, self._card)

    @app_commands.command(name="cast", description="Who is in a film")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def cast(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        await self._with_film(interaction, title, self._cast)

    @app_commands.command(name="plot", description="What a film is about, from its reviews")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def plot(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        await self._with_film(interaction, title, self._plot)

    @app_commands.command(name="verdict", description="What the reviews think of a film")
    @app_commands.describe(title="The film (pick one from the list)")
    @app_commands.autocomplete(title=title_autocomplete)
    @app_commands.check(heavy_check)
    async def verdict(self, interaction: discord.Interaction[FilmBot], title: Title) -> None:
        await self._with_film(interaction, title, self._verdict)

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

        async def body(interaction: discord.Interaction[Any], ref: FilmRef | str | None) -> None:
            hits = await self.bot.run_engine(engine.search, query, film=ref, k=5)
            shown = ref if isinstance(ref, FilmRef) else None
            await interaction.followup.send(
                embed=search_embed(query, hits, shown, self.bot.review_lengths(hits)),
                allowed_mentions=NO_PINGS,
            )

        if film is not None:
            await self._with_film(interaction, film, body)
        else:
            await interaction.response.defer(thinking=True)
            await body(interaction, None)
