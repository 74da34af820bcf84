"""Helpers the client, the views and every cog share: error reporting, the cooldown check, title
autocomplete and conversation keys. Imports no cog and not the client (the bot is reached through
`interaction.client`), so nothing here can close an import cycle.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

import discord
from discord import app_commands

from bot.formatting import CHOICE_COUNT_LIMIT, choice_label, plain
from index import FilmbotError

log = logging.getLogger(__name__)

#: Nobody is ever pinged by anything the bot says (questions are echoed in errors, reviews quote names).
NO_PINGS = discord.AllowedMentions.none()


class NotAdminError(app_commands.CheckFailure):
    """The user may not run an admin command."""


def conversation_key(channel: Any) -> int | None:
    """Threads and DMs are conversations of their own: the whole channel shares one conversation."""
    if isinstance(channel, (discord.Thread, discord.DMChannel)):
        return int(channel.id)
    return None


# -- errors -----------------------------------------------------------------------------------------


def error_reference() -> str:
    return secrets.token_hex(4)


async def send_private(interaction: discord.Interaction[Any], text: str) -> None:
    """An ephemeral message, whether or not the interaction was answered already."""
    content = plain(text)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(content, ephemeral=True, allowed_mentions=NO_PINGS)
    except discord.HTTPException as exc:
        log.warning("Could not send an error message to the user: %s", exc)


def describe_error(error: BaseException, *, where: str) -> str:
    """The text a user sees for an error; unexpected ones are logged with a reference id."""
    original = getattr(error, "original", None) or error
    if isinstance(original, FilmbotError):
        return str(original)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Easy there! You can ask again in {max(1, round(error.retry_after))} s."
    if isinstance(error, NotAdminError):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    ref = error_reference()
    log.error("Unexpected error in %s [ref %s]", where, ref, exc_info=original)
    return (
        f"Something went wrong on my side (reference `{ref}`). The bot's operator can look it up in the log."
    )


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    name = interaction.command.qualified_name if interaction.command else "an interaction"
    await send_private(interaction, describe_error(error, where=f"/{name}"))


# -- checks and autocomplete ------------------------------------------------------------------------


def heavy_check(interaction: discord.Interaction[Any]) -> bool:
    """Per-user cooldown shared by every command that runs the engine."""
    bot: Any = interaction.client
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
    bot: Any = interaction.client
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
