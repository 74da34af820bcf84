"""Bot settings: the engine's settings plus Discord-only keys, from FILMBOT_* variables or `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from index import Settings, split_list


class BotSettings(Settings):
    #: the bot token from the Discord developer portal (Bot → Reset Token); never logged
    discord_token: SecretStr | None = None
    #: guilds to sync slash commands to instantly; empty = sync globally (can take up to an hour)
    guild_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    #: roles allowed to run /reindex; empty = anyone with Manage Server
    admin_role_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    #: per-user rate limit for questions and lookups: at most `cooldown_rate` per `cooldown_seconds`
    cooldown_rate: int = Field(default=4, ge=1)
    cooldown_seconds: float = Field(default=30.0, gt=0)
    #: how many questions/lookups may run in the engine at once (the rest wait their turn)
    max_concurrency: int = Field(default=2, ge=1)
    #: how long a thread or reply chain remembers the film under discussion
    context_minutes: float = Field(default=30.0, gt=0)
    #: where 👍/👎 feedback is appended as JSON lines; defaults to DATA_DIR/feedback.jsonl
    feedback_file: Path | None = None
    #: sync the slash commands at start-up (turn off to avoid rate limits on frequent restarts)
    sync_commands: bool = True
    #: gateway shards: unset = one connection; a number, or "auto" for the count Discord recommends
    #: (the bot then runs as an AutoShardedBot)
    shard_count: Annotated[int, Field(ge=1)] | Literal["auto"] | None = None
    #: the shards this process runs (several processes over one index); empty = all of them
    shard_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)

    _split_ids = field_validator("guild_ids", "admin_role_ids", "shard_ids", mode="before")(split_list)

    @field_validator("shard_count", mode="before")
    @classmethod
    def _shards(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().lower()
            return value or None
        return value

    @field_validator("feedback_file", mode="before")
    @classmethod
    def _blank_is_default(cls, value: object) -> object:
        # `FILMBOT_FEEDBACK_FILE=` (blank, as in .env.example) means the default, not the current directory
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def resolved_feedback_file(self) -> Path:
        return self.feedback_file if self.feedback_file is not None else self.data_dir / "feedback.jsonl"
