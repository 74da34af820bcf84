"""Components under the bot's messages: "More sources" and 👍/👎 under an answer, and the menu of
films to choose from when a title could mean several.

The buttons are dynamic items (their custom id says what they do), so they keep working for as long
as the message exists, across restarts: no "This interaction failed" on yesterday's answer. The
answer itself is looked up in a bounded in-memory cache by message id; after a restart the
question and answer are read back from the message (the embed's author line and description).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.formatting import CHOICE_COUNT_LIMIT, QUESTION_PREFIX, choice_label, sources_embed
from bot.shared import report_error
from index import Answer, FilmRef

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
        bot: Any = interaction.client
        try:
            if self.action == "more":
                await self._more_sources(bot, interaction)
            else:
                await self._vote(bot, interaction, self.action)
        except Exception as exc:  # same reporting as slash commands: private, with a reference
            await report_error(interaction, exc)

    async def _more_sources(self, bot: Any, interaction: discord.Interaction[Any]) -> None:
        answer = bot.answers.get(interaction.message.id) if interaction.message else None
        if answer is None:
            await interaction.response.send_message(
                "I no longer have the sources of this answer (I restarted since); ask again to see them.",
                ephemeral=True,
            )
            return
        embed = sources_embed(answer, lengths=bot.review_lengths(answer.sources))
        await interaction.response.send_message(embed=embed, ephemeral=True)

    async def _vote(self, bot: Any, interaction: discord.Interaction[Any], vote: str) -> None:
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


#: how long a choice of films stays open (seconds); afterwards the menu is disabled
CHOICE_TIMEOUT = 600.0
NOT_YOURS = "Only the person who asked can choose here; ask your own question to get a choice of your own."

PickFn = Callable[[discord.Interaction[Any], FilmRef], Awaitable[None]]


class ChoiceView(discord.ui.View):
    """A select menu of the films a title could mean ("King Kong (1933)", "King Kong (1976)", …).

    Picking one runs `on_pick(interaction, film)`, which answers the original question for that film
    and edits this message. Only `asker_id` may pick (anyone else gets a private note). After
    `timeout` seconds without a pick the menu is disabled in place (set `message` after sending).
    """

    def __init__(
        self,
        choices: Sequence[FilmRef],
        asker_id: int,
        on_pick: PickFn,
        *,
        timeout: float = CHOICE_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        self.choices = tuple(choices)[:CHOICE_COUNT_LIMIT]
        self.asker_id = asker_id
        self.on_pick = on_pick
        self.message: discord.Message | None = None
        self.menu: discord.ui.Select[ChoiceView] = discord.ui.Select(
            custom_id="filmbot:choose",
            placeholder="Which film do you mean?",
            options=[
                discord.SelectOption(label=choice_label(f), value=str(i)) for i, f in enumerate(self.choices)
            ],
        )
        self.menu.callback = self._picked  # type: ignore[method-assign]
        self.add_item(self.menu)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def _picked(self, interaction: discord.Interaction[Any]) -> None:
        film = self.choices[int(self.menu.values[0])]
        self.stop()  # one pick per question; the answer replaces the menu
        await self.on_pick(interaction, film)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await report_error(interaction, error)

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        self.menu.disabled = True
        self.menu.placeholder = "No film was chosen in time; ask again to choose."
        with contextlib.suppress(discord.HTTPException):  # the message may be gone
            await self.message.edit(view=self)
