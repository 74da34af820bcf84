"""The Discord client: configuration, start-up, engine access and permissions.

`create_bot()` builds a configured bot that is not connected; `run_bot()` checks the token and
connects. The engine is loaded in `setup_hook` in a worker thread so the event loop never blocks,
and every engine call afterwards goes through `FilmBot.run_engine` (a worker thread, bounded by
`max_concurrency`). The command groups are discord.py extensions (`EXTENSIONS`, each module with
`async def setup(bot)`), loaded by name: the client imports no cog. Helpers shared with the cogs
live in `bot.shared`.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands
from pydantic import ValidationError

from bot.settings import BotSettings
from bot.shared import NO_PINGS, NotAdminError, report_error
from bot.state import ConversationMemory, FeedbackLog, UserCooldown
from bot.views import AnswerButton, AnswerMemory
from index import ConfigError, Engine, FilmbotError, FilmRef, Hit

__all__ = [
    "EXTENSIONS",
    "NO_PINGS",
    "FilmBot",
    "NotAdminError",
    "ShardedFilmBot",
    "check_token",
    "create_bot",
    "run_bot",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: the command groups, loaded with `load_extension` in this order
EXTENSIONS = ("bot.cogs.ask", "bot.cogs.films", "bot.cogs.admin")

# Discord bot tokens are three base64url parts joined by dots.
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")

#: How long the bot waits for a title lookup before deferring anyway (Discord allows 3 s to respond).
QUICK_LOOKUP_SECONDS = 1.5


class DiscordUnreachableError(FilmbotError):
    code = "network"


class FilmbotTree(app_commands.CommandTree["FilmBot"]):
    async def on_error(
        self, interaction: discord.Interaction[FilmBot], error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)


class FilmBot(commands.Bot):
    """filmbot on Discord. Works without the privileged message-content intent: Discord still shows
    a bot the messages that mention it, replies to it (with the default ping) and DMs."""

    def __init__(self, settings: BotSettings, engine: Engine | None = None) -> None:
        # filmbot never joins voice: skip discord.py's start-up warnings about voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()
        intents.message_content = False  # privileged; mentions, pinging replies and DMs suffice
        intents.members = False
        intents.presences = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            allowed_mentions=NO_PINGS,
            tree_cls=FilmbotTree,
            **self._shard_options(settings),
        )
        self.settings = settings
        self.engine: Engine | None = engine
        self.cooldown = UserCooldown(settings.cooldown_rate, settings.cooldown_seconds)
        self.memory = ConversationMemory(settings.context_minutes * 60)
        self.feedback = FeedbackLog(settings.resolved_feedback_file)
        self.answers = AnswerMemory()
        self.heavy = asyncio.Semaphore(settings.max_concurrency)
        #: set from the moment /reindex is accepted until it ends (engine.building only starts with the thread)
        self.reindexing = False

    def _shard_options(self, settings: BotSettings) -> dict[str, Any]:
        """Gateway sharding options for AutoShardedBot (ShardedFilmBot); none for one connection."""
        if not isinstance(self, commands.AutoShardedBot) or settings.shard_count is None:
            return {}
        count = None if settings.shard_count == "auto" else int(settings.shard_count)
        return {"shard_count": count, "shard_ids": list(settings.shard_ids) or None}

    # -- lifecycle ------------------------------------------------------------------------
    async def setup_hook(self) -> None:
        if self.engine is None:
            index_dir = self.settings.resolved_index_dir
            log.info("Loading the index from %s …", index_dir)
            self.engine = await asyncio.to_thread(Engine.open, self.settings)
            log.info("Index loaded.")
        self.add_dynamic_items(AnswerButton)  # answer buttons work on any answer, even after a restart
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.settings.sync_commands:
            await self.sync_commands()

    async def sync_commands(self) -> None:
        """Guild syncs are instant (for testing servers); a global sync can take up to an hour."""
        if self.settings.guild_ids:
            for guild_id in self.settings.guild_ids:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                try:
                    synced = await self.tree.sync(guild=guild)
                except discord.HTTPException as exc:  # not invited there (yet): the others still work
                    log.error(
                        "Could not sync slash commands to server %s (is the bot in it?): %s", guild_id, exc
                    )
                    continue
                log.info("Synced %d slash commands to server %s.", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("Synced %d slash commands globally (may take a while to appear).", len(synced))

    async def on_ready(self) -> None:
        log.info("Connected as %s to %d server(s).", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        # No prefix commands: questions in channels are handled by AskCog's listener.
        return

    # -- engine access --------------------------------------------------------------------
    def require_engine(self) -> Engine:
        if self.engine is None:
            raise ConfigError("The film index is still loading; try again in a moment.")
        return self.engine

    async def run_engine(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a (blocking) engine call in a worker thread, at most `max_concurrency` at a time."""
        async with self.heavy:
            return await asyncio.to_thread(fn, *args, **kwargs)

    async def resolve_film(self, title: str) -> FilmRef | None:
        """Resolve a title quickly (before deferring) so a bad title gets a private error:
        UnknownFilmError, or AmbiguousTitleError with the films it could mean (`.films`).

        Returns None when the lookup is slow (busy workers): the caller defers and lets the engine
        resolve the title itself.
        """
        engine = self.require_engine()
        try:
            return await asyncio.wait_for(asyncio.to_thread(engine.film_ref, title), QUICK_LOOKUP_SECONDS)
        except TimeoutError:
            return None

    def review_lengths(self, hits: Iterable[Hit]) -> dict[str, int]:
        """Passages per cited review, so citations read "passage 2 of 3" (a lookup in memory)."""
        engine = self.require_engine()
        return {rid: engine.passages_in_review(rid) for rid in {h.passage.review_id for h in hits}}

    # -- permissions ----------------------------------------------------------------------
    async def is_admin(self, interaction: discord.Interaction[FilmBot]) -> bool:
        """Admins: the app owner, the server owner, members with a role in FILMBOT_ADMIN_ROLE_IDS, or
        (when no admin roles are configured) members with Manage Server."""
        user = interaction.user
        try:
            if await self.is_owner(user):
                return True
        except discord.HTTPException:
            log.warning("Could not fetch the application owner; skipping the app-owner check.")
        guild = interaction.guild
        if guild is None:
            return False
        if guild.owner_id == user.id:
            return True
        roles = {role.id for role in getattr(user, "roles", ())}
        if self.settings.admin_role_ids:
            return bool(roles & set(self.settings.admin_role_ids))
        return interaction.permissions.manage_guild


# -- start-up ---------------------------------------------------------------------------------


def load_settings() -> BotSettings:
    try:
        return BotSettings()
    except ValidationError as exc:
        problems = "; ".join(
            f"FILMBOT_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"Invalid setting: {problems}") from None


def check_token(settings: BotSettings) -> str:
    """The token, or a ConfigError saying what to do; the token itself never appears in a message."""
    secret = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if secret.lower().startswith("bot "):
        secret = secret[4:].strip()
    if not secret:
        raise ConfigError(
            "FILMBOT_DISCORD_TOKEN is not set: copy your bot's token from the Discord developer portal "
            "(Bot → Reset Token) into the environment or .env (see docs/deploy.md)."
        )
    if not _TOKEN.match(secret):
        raise ConfigError(
            "FILMBOT_DISCORD_TOKEN does not look like a Discord bot token (three parts separated by dots); "
            "copy it again from the developer portal (Bot → Reset Token)."
        )
    return secret


class ShardedFilmBot(FilmBot, commands.AutoShardedBot):
    """filmbot over several gateway connections (FILMBOT_SHARD_COUNT: a number or "auto"); discord.py
    requires sharding from 2,500 servers. Everything else is FilmBot's."""


def create_bot(settings: BotSettings | None = None, engine: Engine | None = None) -> FilmBot:
    """A configured bot, not connected; the engine is loaded at start-up unless one is given. With
    FILMBOT_SHARD_COUNT set it is an AutoShardedBot (ShardedFilmBot)."""
    settings = settings if settings is not None else load_settings()
    if settings.shard_count is not None:
        return ShardedFilmBot(settings, engine)
    return FilmBot(settings, engine)


def run_bot(settings: BotSettings | None = None) -> None:
    """Connect and serve until interrupted. Raises FilmbotError (one readable line) on bad set-up."""
    settings = settings if settings is not None else load_settings()
    token = check_token(settings)
    bot = create_bot(settings)
    asyncio.run(_serve(bot, token))


async def _serve(bot: FilmBot, token: str) -> None:
    async with bot:
        try:
            await bot.start(token)
        except discord.LoginFailure:
            raise ConfigError(
                "Discord rejected FILMBOT_DISCORD_TOKEN; reset the token in the developer portal "
                "(Bot → Reset Token) and update the setting."
            ) from None
        except (aiohttp.ClientError, OSError) as exc:  # no network, DNS, TLS, ...
            raise DiscordUnreachableError(
                f"Could not reach Discord ({type(exc).__name__}: {exc}); check the network and try again."
            ) from None
        except discord.PrivilegedIntentsRequired:
            raise ConfigError(
                "Discord refused an intent the bot asked for; filmbot needs no privileged intent."
            ) from None
