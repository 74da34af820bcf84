"""Questions: mention the bot (or reply to one of its answers) in a channel, DM it, or use /ask.

Follow-ups continue the conversation: a reply to an answer, or a message in the same thread or DM,
passes the conversation stored with the previous answer (`Answer.conversation`) as `context` to the
engine ("who directed it?") until it expires. When a title could mean several films the answer asks
which one, with a menu of them; picking one answers the original question for that film.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import FilmBot
from bot.formatting import answer_embed, plain
from bot.shared import (
    NO_PINGS,
    conversation_key,
    describe_error,
    heavy_check,
    title_autocomplete,
)
from bot.views import ChoiceView, PickFn, answer_view
from index import MAX_QUESTION_CHARS, AmbiguousTitleError, Answer, Conversation, FilmbotError, FilmRef

log = logging.getLogger(__name__)

HELP = (
    "Ask me about a film, e.g. “@filmbot who directed The Runaways?”, or use /ask. "
    "Reply to my answer to follow up (“who plays the singer?”)."
)
CANNOT_READ = (
    "I can only read replies that ping me: keep “@ mention” on when you reply, or mention me in the message."
)

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")
_CHANNEL_MENTION = re.compile(r"<#(\d+)>")
_LEADING_MENTIONS = re.compile(r"^(?:[\s,:;]*(?:<@[!&]?\d+>|@everyone\b|@here\b))+[\s,:;]*")


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(AskCog(bot))


class AskCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot
        self._warned: dict[int, float] = {}  # user id → until when they were told to wait

    # -- questions in channels --------------------------------------------------------------
    def addressed(self, message: discord.Message) -> bool:
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return False
        if message.guild is None:
            return True
        if any(user.id == me.id for user in message.mentions):
            return True
        role = message.guild.self_role
        if role is not None and any(r.id == role.id for r in message.role_mentions):
            return True
        return self.replied_to_me(message)

    def replied_to_me(self, message: discord.Message) -> bool:
        me = self.bot.user
        ref = message.reference
        resolved = ref.resolved if ref is not None else None
        return me is not None and isinstance(resolved, discord.Message) and resolved.author.id == me.id

    def question_text(self, message: discord.Message) -> str:
        """The message without the mention of the bot; other mentions become readable names."""
        me = self.bot.user
        text = message.content
        if me is not None:
            text = re.sub(rf"<@!?{me.id}>", " ", text)
        role = message.guild.self_role if message.guild else None
        if role is not None:
            text = text.replace(f"<@&{role.id}>", " ")
        # Mentions before the question address people ("@filmbot @bob who directed Alien?"), they
        # are not part of it; the ones inside it are names.
        text = _LEADING_MENTIONS.sub("", text)
        users = {u.id: u.display_name for u in message.mentions}
        roles = {r.id: r.name for r in message.role_mentions}

        def user_name(m: re.Match[str]) -> str:
            return "@" + users.get(int(m[1]), "someone")

        def role_name(m: re.Match[str]) -> str:
            return "@" + roles.get(int(m[1]), "role")

        def channel_name(m: re.Match[str]) -> str:
            channel = self.bot.get_channel(int(m[1]))
            return "#" + str(getattr(channel, "name", None) or "channel")

        text = _USER_MENTION.sub(user_name, text)
        text = _ROLE_MENTION.sub(role_name, text)
        text = _CHANNEL_MENTION.sub(channel_name, text)
        return " ".join(text.split()).strip(" ,:;-")

    def context_for(self, message: discord.Message) -> Conversation | None:
        ref = message.reference
        if ref is not None and ref.message_id is not None:
            conversation = self.bot.memory.recall(ref.message_id)
            if conversation is not None:
                return conversation
        key = conversation_key(message.channel)
        return self.bot.memory.recall(key) if key is not None else None

    def remember(self, message_id: int, channel: Any, answer: Answer) -> None:
        """Keep the conversation after `answer` for replies to that message and for its thread / DM."""
        self.bot.answers.put(message_id, answer)
        self.bot.memory.remember(message_id, answer.conversation)
        key = conversation_key(channel)
        if key is not None:
            self.bot.memory.remember(key, answer.conversation)

    def choice_view(
        self, question: str, choices: tuple[FilmRef, ...], asker_id: int, context: Conversation | None
    ) -> ChoiceView:
        """The menu of films `question` could be about; a pick answers it for that film in place."""

        async def pick(interaction: discord.Interaction[Any], film: FilmRef) -> None:
            await interaction.response.defer()  # the answer replaces the menu in the same message
            engine = self.bot.require_engine()
            answer = await self.bot.run_engine(engine.ask, question, film=film, context=context)
            await interaction.edit_original_response(
                embed=answer_embed(answer, lengths=self.bot.review_lengths(answer.sources)),
                view=answer_view(answer),
                allowed_mentions=NO_PINGS,
            )
            if interaction.message is not None:
                self.remember(interaction.message.id, interaction.channel, answer)

        return ChoiceView(choices, asker_id, pick)

    async def reply(self, message: discord.Message, **kwargs: Any) -> discord.Message | None:
        try:
            return await message.channel.send(
                reference=message.to_reference(fail_if_not_exists=False),
                mention_author=False,
                allowed_mentions=NO_PINGS,
                **kwargs,
            )
        except discord.HTTPException as exc:  # no permission to speak here, message gone, ...
            log.warning("Could not answer in channel %s: %s", message.channel.id, exc)
            return None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self.addressed(message):
            return
        question = await self.usable_question(message)
        if question is None or await self.cooling_down(message):
            return
        context = self.context_for(message)
        try:
            engine = self.bot.require_engine()
            with contextlib.suppress(discord.HTTPException):  # typing is a courtesy
                await message.channel.typing()
            answer = await self.bot.run_engine(engine.ask, question, context=context)
        except FilmbotError as exc:
            await self.reply(message, content=plain(str(exc)))
            return
        except Exception as exc:
            await self.reply(message, content=describe_error(exc, where="a question in a channel"))
            return
        embed = answer_embed(answer, lengths=self.bot.review_lengths(answer.sources))
        if answer.choices:
            view = self.choice_view(question, answer.choices, message.author.id, context)
            view.message = await self.reply(message, embed=embed, view=view)
            return
        sent = await self.reply(message, embed=embed, view=answer_view(answer))
        if sent is not None:
            self.remember(sent.id, message.channel, answer)

    async def usable_question(self, message: discord.Message) -> str | None:
        """The question, or None after saying why there is none (an unusable or overlong question is
        answered at once, without using up the cooldown)."""
        question = self.question_text(message)
        if not question:
            mentioned = self.bot.user is not None and any(u.id == self.bot.user.id for u in message.mentions)
            cannot_read = message.guild is not None and not mentioned and self.replied_to_me(message)
            await self.reply(message, content=CANNOT_READ if cannot_read else HELP)
            return None
        try:
            self.bot.require_engine().clean_question(question)
        except FilmbotError as exc:
            await self.reply(message, content=plain(str(exc)))
            return None
        return question

    async def cooling_down(self, message: discord.Message) -> bool:
        """True when the author must wait; says so once per wait, or a flood of questions becomes a
        flood of answers."""
        retry = self.bot.cooldown.hit(message.author.id)
        if not retry:
            return False
        now = time.monotonic()
        if self._warned.get(message.author.id, -math.inf) <= now:
            if len(self._warned) > 10_000:
                self._warned = {k: v for k, v in self._warned.items() if v > now}
            self._warned[message.author.id] = now + retry
            await self.reply(message, content=f"Easy there! You can ask again in {max(1, round(retry))} s.")
        return True

    # -- /ask ---------------------------------------------------------------------------------
    @app_commands.command(name="ask", description="Ask a question about a film; the answer cites the reviews")
    @app_commands.describe(
        question="Your question, e.g. “who directed Alien?”", film="Only use this film's reviews"
    )
    @app_commands.autocomplete(film=title_autocomplete)
    @app_commands.check(heavy_check)
    async def ask(
        self,
        interaction: discord.Interaction[FilmBot],
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS],
        film: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        bot = self.bot
        engine = bot.require_engine()
        engine.clean_question(question)  # an unusable question is refused privately, before deferring
        key = conversation_key(interaction.channel)
        context = bot.memory.recall(key) if key is not None else None
        ref: FilmRef | str | None = film
        if film is not None:
            try:
                ref = await bot.resolve_film(film) or film
            except AmbiguousTitleError as exc:  # a private choice; the answer is posted for everyone
                if not exc.films:
                    raise
                view = ChoiceView(exc.films, interaction.user.id, self._answer_publicly(question, context))
                await interaction.response.send_message(
                    str(exc), view=view, ephemeral=True, allowed_mentions=NO_PINGS
                )
                view.message = await interaction.original_response()
                return
        await interaction.response.defer(thinking=True)
        answer = await bot.run_engine(engine.ask, question, film=ref, context=context)
        await self.send_followup(interaction, question, answer, context)

    def _answer_publicly(self, question: str, context: Conversation | None) -> PickFn:
        """For a private menu: the pick closes the menu and the answer is posted for everyone."""

        async def pick(interaction: discord.Interaction[Any], film: FilmRef) -> None:
            await interaction.response.edit_message(content=f"🎬 {film.label}", view=None)
            engine = self.bot.require_engine()
            answer = await self.bot.run_engine(engine.ask, question, film=film, context=context)
            await self.send_followup(interaction, question, answer, context)

        return pick

    async def send_followup(
        self,
        interaction: discord.Interaction[Any],
        question: str,
        answer: Answer,
        context: Conversation | None,
    ) -> None:
        """Post an answer as the interaction's follow-up: with its buttons, or the menu of films."""
        if answer.choices:
            view = self.choice_view(question, answer.choices, interaction.user.id, context)
            view.message = await interaction.followup.send(
                embed=answer_embed(answer, lengths=self.bot.review_lengths(answer.sources)),
                view=view,
                wait=True,
                allowed_mentions=NO_PINGS,
            )
            return
        sent = await interaction.followup.send(
            embed=answer_embed(answer, lengths=self.bot.review_lengths(answer.sources)),
            view=answer_view(answer),
            wait=True,
            allowed_mentions=NO_PINGS,
        )
        self.remember(sent.id, interaction.channel, answer)
