"""Starting the bot: settings, command sync, and what happens without a (valid) token."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import simcord

from bot import BotSettings, create_bot
from index import Engine
from tests.test_bot import ROOT, bot_settings, fields, only_embed


@pytest.mark.asyncio(loop_scope="session")
async def test_commands_sync_instantly_to_configured_servers(engine: Engine, tmp_path: Path) -> None:
    guild_id = 1_234_567_890_123_456_789
    settings = bot_settings(engine, tmp_path / "data", sync_commands=True, guild_ids=[guild_id])
    env = simcord.Env(create_bot(settings, engine))  # strict: unsynced commands cannot be invoked
    guild = env.create_guild("Test Server", id=guild_id)
    await env.start()
    try:
        with env.time_context():
            channel = guild.create_text_channel("films")
            alice = guild.add_member(env.create_user("alice"))
            result = await alice.slash(channel, "film", title="Heat")
            assert fields(only_embed(result.response))["Director"] == "Michael Mann"
            assert env.backend.find_command("film", None, type=1) is None  # not synced globally
    finally:
        await env.shutdown()


def _run_cli(args: list[str], tmp_path: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILMBOT_")}
    env.update(env_extra)
    env["PYTHONPATH"] = str(ROOT)
    # run from an empty directory so no .env file can provide a token
    return subprocess.run(
        [sys.executable, "-m", *args],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("module", ["filmbot bot", "bot"])
def test_missing_token_is_one_clear_line(module: str, tmp_path: Path) -> None:
    done = _run_cli(module.split(), tmp_path)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "FILMBOT_DISCORD_TOKEN is not set" in lines[0]
    assert done.stdout == ""


def test_malformed_token_is_refused_without_echoing_it(tmp_path: Path) -> None:
    secret = "not-a-real-token-0123456789"
    done = _run_cli(["filmbot", "bot"], tmp_path, FILMBOT_DISCORD_TOKEN=secret)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not look like a Discord bot token" in lines[0]
    assert secret not in done.stderr + done.stdout


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FILMBOT_GUILD_IDS", "111, 222")
    monkeypatch.setenv("FILMBOT_ADMIN_ROLE_IDS", "[333]")
    monkeypatch.setenv("FILMBOT_DISCORD_TOKEN", "secret.value.here")
    monkeypatch.setenv("FILMBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FILMBOT_FEEDBACK_FILE", "")
    settings = BotSettings(_env_file=None)  # type: ignore[call-arg]
    assert settings.guild_ids == [111, 222] and settings.admin_role_ids == [333]
    assert settings.resolved_feedback_file == tmp_path / "feedback.jsonl"
    assert "secret" not in repr(settings) and "secret" not in str(settings.model_dump())
    bot = create_bot(settings, engine=None)  # no token needed, nothing connects
    assert bot.allowed_mentions is not None and bot.allowed_mentions.everyone is False
    assert not bot.is_ready()


@pytest.mark.asyncio(loop_scope="session")
async def test_the_index_is_loaded_at_start_up(engine: Engine, tmp_path: Path) -> None:
    bot = create_bot(bot_settings(engine, tmp_path / "data"))  # no engine given: setup_hook opens it
    assert bot.engine is None
    async with simcord.run(bot) as env:
        assert bot.engine is not None and bot.engine is not engine
        await bot.tree.sync()
        guild = env.create_guild()
        channel = guild.create_text_channel("films")
        alice = guild.add_member(env.create_user("alice"))
        result = await alice.slash(channel, "status")
        assert fields(only_embed(result.response))["Films"] == "3"


@pytest.mark.asyncio(loop_scope="session")
async def test_a_missing_index_stops_start_up_with_a_clear_error(engine: Engine, tmp_path: Path) -> None:
    from index import IndexMissingError

    bot = create_bot(bot_settings(engine, tmp_path / "data", index_dir=tmp_path / "nowhere"))
    with pytest.raises(IndexMissingError, match="filmbot index build"):
        async with simcord.run(bot):
            pass
