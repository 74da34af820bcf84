"""Buttons under an answer: "More sources" and 👍/👎 feedback.

The buttons are dynamic items (their custom id says what they do), so they keep working for as long
as the message exists, across restarts: no "This interaction failed" on yesterday's answer. The
answer itself is looked up in a bounded in-memory cache by message id; after a restart the
question and answer are read back from the message (the embed's author line and description).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.formatting import QUESTION_PREFIX, sources_embed
from index import Answer

if TYPE_CHECKING:
    from bot.client import FilmBot

log = logging.getLogger(__name__)

_ACTIONS: dict[str, dict[str, Any]] = {
    "more": {"label": "More sources", "emoji": "📚"},
    "up": {"emoji": "👍"},
    "down": {"emoji": "👎"},
}


class AnswerMemory:
    """Recent answers by message id, and who voted how on them (both bounded)."""

    def __init__(self, max_answers: int = 2_000) -> None:
        self._max = max_answers
        self._answers: OrderedDict[int, Answer] = OrderedDict()
        self._votes: OrderedDict[tuple[int, int], str] = OrderedDict()

    def put(self, message_id: int, answer: Answer) -> None:
        self._answers[message_id] = answer
        while len(self._answers) > self._max:
            self._answers.popitem(last=False)

    def get(self, message_id: int) -> Answer | None:
        return self._answers.get(message_id)

    def vote(self, message_id: int, user_id: int, vote: str) -> str | None:
        """Record a vote; returns the user's previous vote on that message, if any."""
        key = (message_id, user_id)
        previous = self._votes.get(key)
        self._votes[key] = vote
        self._votes.move_to_end(key)
        while len(self._votes) > self._max * 10:
            self._votes.popitem(last=False)
        return previous


class AnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"filmbot:answer:(?P<action>more|up|down)"
):
    def __init__(self, action: str) -> None:
        super().__init__(
            discord.ui.Button(
                custom_id=f"filmbot:answer:{action}", style=discord.ButtonStyle.secondary, **_ACTIONS[action]
            )
        )
        self.action = action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> AnswerButton:
        return cls(match["action"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = cast("FilmBot", interaction.client)
        try:
            if self.action == "more":
                await self._more_sources(bot, interaction)
            else:
                await self._vote(bot, interaction, self.action)
        except Exception as exc:  # same reporting as slash commands: private, with a reference
            from bot.client import report_error

            await report_error(interaction, exc)

    async def _more_sources(self, bot: FilmBot, interaction: discord.Interaction[Any]) -> None:
        answer = bot.answers.get(interaction.message.id) if interaction.message else None
        if answer is None:
            await interaction.response.send_message(
                "I no longer have the sources of this answer (I restarted since); ask again to see them.",
                ephemeral=True,
            )
            return
        await interaction.response.send_message(embed=sources_embed(answer), ephemeral=True)

    async def _vote(self, bot: FilmBot, interaction: discord.Interaction[Any], vote: str) -> None:
        message = interaction.message
        message_id = message.id if message else 0
        previous = bot.answers.vote(message_id, interaction.user.id, vote)
        if previous == vote:
            await interaction.response.send_message("You already voted that way. Thanks!", ephemeral=True)
            return
        record = feedback_record(bot.answers.get(message_id), message)
        record.update(
            vote=vote,
            user_id=str(interaction.user.id),
            guild_id=str(interaction.guild_id) if interaction.guild_id else None,
            channel_id=str(interaction.channel_id) if interaction.channel_id else None,
            message_id=str(message_id) if message else None,
        )
        await asyncio.to_thread(bot.feedback.append, record)
        thanks = "Thanks, glad it helped!" if vote == "up" else "Thanks, noted: I'll try to do better."
        if previous:
            thanks = "Vote changed. " + thanks
        await interaction.response.send_message(thanks, ephemeral=True)


def feedback_record(answer: Answer | None, message: discord.Message | None) -> dict[str, Any]:
    """What was asked and answered: from memory, else read back from the answer's embed."""
    if answer is not None:
        return {
            "question": answer.question,
            "answer": answer.answer,
            "film": answer.film.to_json() if answer.film else None,
            "kind": answer.kind,
            "abstained": answer.abstained,
        }
    embed = message.embeds[0] if message is not None and message.embeds else None
    question = embed.author.name if embed is not None and embed.author.name else ""
    return {
        "question": question.removeprefix(QUESTION_PREFIX),
        "answer": embed.description if embed is not None else None,
        "film": None,
        "kind": None,
        "abstained": None,
    }


def answer_view(answer: Answer) -> discord.ui.View:
    """The buttons for one answer ("More sources" only when it cites something)."""
    view = discord.ui.View(timeout=None)
    for action in ("more", "up", "down"):
        if action == "more" and not answer.sources:
            continue
        view.add_item(AnswerButton(action))
    return view
