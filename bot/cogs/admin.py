"""/status for everyone, /reindex for admins.

The reindex runs in a worker thread; the engine swaps the live index atomically when the build is
complete, so questions keep being answered from the old index meanwhile. Progress arrives from the
worker thread and is marshalled onto the event loop with call_soon_threadsafe; the response is
edited at most every PROGRESS_INTERVAL seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import FilmBot
from bot.formatting import plain, progress_text, report_text, status_embed
from bot.shared import NO_PINGS, NotAdminError, describe_error, send_private
from index import BuildInProgressError, BuildProgress, FilmbotError

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 2.0


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(AdminCog(bot))


class ProgressReporter:
    """Shows build progress in the (deferred) interaction response, throttled."""

    def __init__(
        self, interaction: discord.Interaction[Any], *, full: bool, interval: float = PROGRESS_INTERVAL
    ):
        self.interaction = interaction
        self.full = full
        self.interval = interval
        self.loop = asyncio.get_running_loop()
        self.latest: BuildProgress | None = None
        self._last_edit = -math.inf
        self._task: asyncio.Task[None] | None = None
        self._closed = False

    def from_thread(self, progress: BuildProgress) -> None:
        """The engine's progress callback: runs in the build thread, must never raise."""
        # RuntimeError: the loop is closed (shutting down), nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self._update, progress)

    def _update(self, progress: BuildProgress) -> None:
        if self._closed:
            return
        self.latest = progress
        if self._task is not None and not self._task.done():
            return  # an edit is in flight; the next progress after it will show
        now = time.monotonic()
        if now - self._last_edit < self.interval:
            return
        self._last_edit = now
        self._task = asyncio.create_task(self._edit(progress_text(progress, full=self.full)))

    async def show(self, text: str) -> None:
        """Show a message now (start, result); the first progress report after it is shown too."""
        await self._edit(text)

    async def _edit(self, text: str) -> None:
        try:
            await self.interaction.edit_original_response(content=plain(text), allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:
            log.warning("Could not show reindex progress: %s", exc)

    async def close(self) -> None:
        self._closed = True
        if self._task is not None and not self._task.done():
            await self._task


class AdminCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @app_commands.command(name="status", description="What the index holds: films, reviews, passages, model")
    async def status(self, interaction: discord.Interaction[FilmBot]) -> None:
        engine = self.bot.require_engine()
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = await asyncio.to_thread(engine.status)
        building = self.bot.reindexing or engine.building
        await interaction.followup.send(embed=status_embed(status, building=building), ephemeral=True)

    @app_commands.command(name="reindex", description="Re-read the corpus and update the index (admins only)")
    @app_commands.describe(full="Rebuild everything from scratch instead of only what changed")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def reindex(self, interaction: discord.Interaction[FilmBot], full: bool = False) -> None:
        bot = self.bot
        if not await bot.is_admin(interaction):
            if bot.settings.admin_role_ids:
                raise NotAdminError(
                    "Only the server owner and members with a filmbot admin role can reindex."
                )
            raise NotAdminError("Only the server owner and members with Manage Server can reindex.")
        engine = bot.require_engine()
        if bot.reindexing or engine.building:
            await send_private(interaction, str(BuildInProgressError()))
            return
        bot.reindexing = True  # claimed before the first await, so a second /reindex is refused
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            reporter = ProgressReporter(interaction, full=full)
            await reporter.show(progress_text(None, full=full))
            who = f"{interaction.user} ({interaction.user.id})"
            log.info("%s started by %s", "Full rebuild" if full else "Reindex", who)
            try:
                report = await asyncio.to_thread(engine.reindex, rebuild=full, progress=reporter.from_thread)
            except FilmbotError as exc:  # bad corpus path, a build running in another process, ...
                await reporter.close()
                log.warning("Reindex failed: %s", exc)
                await reporter.show(f"❌ Reindex failed: {exc}\nThe current index is still in use.")
                return
            except Exception as exc:
                await reporter.close()
                text = describe_error(exc, where="/reindex")  # logs the traceback with a reference
                await reporter.show(f"❌ Reindex failed. {text}\nThe current index is still in use.")
                return
            finally:
                await reporter.close()
            log.info(
                "Reindex done: %d films, %d reviews, %d passages, %d skipped",
                report.films,
                report.reviews,
                report.chunks,
                len(report.skipped),
            )
            for skipped in report.skipped:
                log.warning("Skipped %s: %s", skipped.path, skipped.error)
            await reporter.show(report_text(report, full=full))
        finally:
            bot.reindexing = False
