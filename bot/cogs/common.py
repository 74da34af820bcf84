"""Pieces shared by the cogs: the per-user cooldown check and title autocomplete."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands

from bot.formatting import CHOICE_COUNT_LIMIT, choice_label

if TYPE_CHECKING:
    from bot.client import FilmBot

log = logging.getLogger(__name__)


def heavy_check(interaction: discord.Interaction[Any]) -> bool:
    """Per-user cooldown shared by every command that runs the engine."""
    bot = cast("FilmBot", interaction.client)
    retry = bot.cooldown.hit(interaction.user.id)
    if retry:
        raise app_commands.CommandOnCooldown(
            app_commands.Cooldown(bot.cooldown.rate, bot.cooldown.per), retry
        )
    return True


async def title_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    """Films whose title matches what the user typed (fuzzy), with the year, at most 25.

    Runs on the event loop: the title list is small and in memory, and Discord gives autocomplete
    no time to defer.
    """
    bot = cast("FilmBot", interaction.client)
    if bot.engine is None:
        return []
    try:
        films = bot.engine.suggest_titles(current.strip(), limit=CHOICE_COUNT_LIMIT)
    except Exception:
        log.exception("Title autocomplete failed for %r", current)
        return []
    choices: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for film in films:
        label = choice_label(film)
        if label not in seen:
            seen.add(label)
            choices.append(app_commands.Choice(name=label, value=label))
    return choices[:CHOICE_COUNT_LIMIT]
