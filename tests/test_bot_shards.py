"""FILMBOT_SHARD_COUNT turns the bot into an AutoShardedBot; unset, it is one connection."""

from __future__ import annotations

import pytest
from discord.ext import commands
from pydantic import ValidationError

from bot.client import FilmBot, ShardedFilmBot, create_bot
from bot.settings import BotSettings


def test_no_shards_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FILMBOT_SHARD_COUNT", raising=False)
    bot = create_bot(BotSettings(_env_file=None))  # type: ignore[call-arg]
    assert type(bot) is FilmBot and not isinstance(bot, commands.AutoShardedBot)


def test_auto_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILMBOT_SHARD_COUNT", "auto")
    bot = create_bot(BotSettings(_env_file=None))  # type: ignore[call-arg]
    assert isinstance(bot, ShardedFilmBot) and isinstance(bot, commands.AutoShardedBot)
    assert bot.shard_count is None  # Discord's recommended count, asked at login


def test_fixed_shards_and_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILMBOT_SHARD_COUNT", "4")
    monkeypatch.setenv("FILMBOT_SHARD_IDS", "2,3")
    bot = create_bot(BotSettings(_env_file=None))  # type: ignore[call-arg]
    assert isinstance(bot, ShardedFilmBot)
    assert bot.shard_count == 4 and bot.shard_ids == [2, 3]
    assert bot.settings.max_concurrency >= 1  # still a FilmBot in every other respect
    assert hasattr(bot, "run_engine")


@pytest.mark.parametrize("value", ["0", "many"])
def test_bad_shard_count_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("FILMBOT_SHARD_COUNT", value)
    with pytest.raises(ValidationError):
        BotSettings(_env_file=None)  # type: ignore[call-arg]
