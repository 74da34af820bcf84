"""Reliability through the Discord bot (simcord): questions during a reindex, bad questions, abuse
limits, admin-only /reindex under misconfigured permissions, and the token never leaking.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import discord
import pytest
import simcord

from bot import create_bot
from bot.client import NotAdminError
from index import Answer, BuildProgress, Engine, QuestionError
from tests.conftest import ROOT
from tests.test_bot import World, acknowledge, bot_settings

# simcord_env is an async fixture on the session loop (pyproject): async tests must share that loop
session_loop = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
def settings_extra() -> dict[str, Any]:
    return {}


@pytest.fixture
def simcord_bot(engine: Engine, tmp_path: Path, settings_extra: dict[str, Any]) -> Any:
    """The bot over the shared tiny-corpus engine, for simcord's `simcord_env` fixture."""
    return create_bot(bot_settings(engine, tmp_path / "data", **settings_extra), engine)


@pytest.fixture
async def world(simcord_env: simcord.Env) -> World:
    w = World(simcord_env)
    await w.bot.tree.sync()
    return w


def _no_pings(world: World, message: discord.Message) -> None:
    assert not message.mention_everyone and not message.mentions and not message.role_mentions
    stored = world.env.backend.messages[message.channel.id][message.id]
    assert not stored.ping_user_ids and not stored.ping_role_ids


def _shown(message: discord.Message) -> str:
    """What a user reads: the content, or the embed's description."""
    if message.embeds:
        return message.embeds[0].description or ""
    return message.content


async def _burst(env: simcord.Env, posts: list[tuple[Any, Any, str]]) -> list[int]:
    """Post many messages at once, then let the bot work through them all together.

    simcord runs one user action at a time (each `send` waits for the bot to settle), so a burst
    goes through its backend the way `send` does, minus the wait, followed by one settle.
    """
    ids = []
    for channel, member, content in posts:
        message = env.backend.create_message(channel.id, member.id, content)
        env._mark_mutation()
        ids.append(int(message.id))
    await env.settle()
    return ids


# -- questions during a reindex -------------------------------------------------------------------


class RecordingEngine(Engine):
    """The real engine, recording what every question returned and how many ran at once, and
    releasing a held build once 20 questions have been answered while it was running."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()
        self.answers: list[tuple[bool, Answer]] = []
        self.active = 0
        self.peak = 0
        self.during = 0
        self.release = threading.Event()
        self.pause = 0.0  # seconds each question holds its worker (to make overlap measurable)

    def ask(self, question: str, film: Any = None, context: Any = None) -> Answer:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
            building = self.building
        try:
            if self.pause:
                time.sleep(self.pause)
            answer = super().ask(question, film, context)
        finally:
            with self.lock:
                self.active -= 1
        with self.lock:
            self.answers.append((building, answer))
            if building and self.building:
                self.during += 1
                if self.during >= 20:
                    self.release.set()
        return answer


def _chunks(index_dir: Path, version: str) -> dict[int, str]:
    manifest = json.loads((index_dir / "versions" / version / "manifest.json").read_text(encoding="utf-8"))
    return {int(c): rid for rid, doc in manifest["documents"].items() for c in doc["chunks"]}


@pytest.mark.slow
@session_loop
async def test_fifty_questions_through_the_bot_during_a_reindex(fresh_engine: Engine, tmp_path: Path) -> None:
    engine = RecordingEngine.open(fresh_engine.settings)
    assert isinstance(engine, RecordingEngine)
    old = _chunks(engine.index_dir, engine.status().version)
    corpus = tmp_path / "corpus"
    alien = corpus / "alien-1979.md"
    alien.write_text(alien.read_text(encoding="utf-8") + "\n\nA late scene in the airlock is unbearable.\n")
    (corpus / "more-reviews.jsonl").unlink()  # Heat and the second Runaways review are deleted
    held = threading.Event()

    def progress(event: BuildProgress) -> None:
        if event.stage == "writing" and not held.is_set():
            held.set()
            engine.release.wait(timeout=120)

    failures: list[BaseException] = []

    def reindex() -> None:
        try:
            engine.reindex(progress=progress)
        except BaseException as exc:
            failures.append(exc)
        finally:
            engine.release.set()

    bot = create_bot(bot_settings(engine, tmp_path / "data", max_concurrency=3), engine)
    questions = ["who directed Alien?", "who plays Joan Jett in The Runaways?", "what is Heat about?",
                 "who directed Heat?", "is Alien scary?"]  # fmt: skip
    async with simcord.run(bot) as env:
        env.settle_timeout = 240.0
        w = World(env)
        users = [w.guild.add_member(env.create_user(f"fan{i}")) for i in range(10)]
        builder = threading.Thread(target=reindex)
        builder.start()
        assert await asyncio.to_thread(held.wait, 120), "the build never got to the writing stage"
        sent = await _burst(
            env, [(w.channel, users[n % 10], f"{w.me} {questions[n % 5]}") for n in range(50)]
        )
        await asyncio.to_thread(builder.join, 240)
        assert not failures, failures
        await env.settle()

        replies = {
            m.reference.message_id: m
            for m in w.channel.history()
            if m.author.id == bot.user.id and m.reference is not None  # type: ignore[union-attr]
        }
        assert len(replies) == 50 and set(sent) == set(replies)
        for message in replies.values():
            text = _shown(message)
            assert text and "Something went wrong" not in text, text
            assert len(message.embeds) == 1
            _no_pings(w, message)

    new = _chunks(engine.index_dir, engine.status().version)
    assert new != old
    assert len(engine.answers) == 50 and engine.during >= 20
    assert 2 <= engine.peak <= 3  # questions overlap, never beyond max_concurrency
    for _building, answer in engine.answers:
        owners = {h.passage.chunk_id: h.passage.review_id for h in answer.sources}
        assert all(old.get(c) == r for c, r in owners.items()) or all(
            new.get(c) == r for c, r in owners.items()
        )
    # the deleted Heat review is gone from answers given after the swap
    answer = engine.ask("what is Heat about?")
    assert all(h.passage.chunk_id in new for h in answer.sources)
    assert "Michael Mann" not in answer.answer


# -- bad questions -----------------------------------------------------------------------------------

ZW = "\u200b\u200c\u200d\u2060"


@session_loop
async def test_bad_questions_in_a_channel_get_polite_replies_and_ping_nobody(world: World) -> None:
    role = world.guild.create_role("Film Fans", mentionable=True)
    bob = world.guild.add_member(world.env.create_user("bob"))
    cases = {
        "nothing": ("", "Ask me about a film"),
        "white space": ("   \n\t  ", "Ask me about a film"),
        "zero-width only": (ZW * 4, "Please ask a question"),
        "emoji only": ("🎬🍿🤔", "Please ask a question"),
        "too long": ("who directed Alien " * 100, "characters long; please keep it under 1,000"),
        "markdown injection": (
            "**who** directed __Alien__? ```py\nprint('x')\n``` [x](https://x.invalid)",
            "",
        ),
        "everyone": ("@everyone @here who directed Alien?", "Ridley Scott"),
        "role and user mentions": (f"{role.mention} {bob.mention} who directed Alien?", "Ridley Scott"),
        "mention inside": (f"does {role.mention} like Alien, asks {bob.mention} @everyone", ""),
        "zero-width in words": (f"who di{ZW}rected Al{ZW}ien?", "Ridley Scott"),
        "unknown title": ("who directed The Grand Budapest Hotel?", "I don't have"),
    }
    for name, (question, expected) in cases.items():
        message = await world.alice.send(world.channel, f"{world.me} {question}")
        reply = world.last()
        assert reply.author.id == world.bot.user.id, name  # type: ignore[union-attr]
        assert reply.reference is not None and reply.reference.message_id == message.id, name
        text = _shown(reply)
        assert text.strip() and expected in text, (name, text)
        assert "Something went wrong" not in text and "Traceback" not in text, (name, text)
        assert len(reply.content) <= 2000
        _no_pings(world, reply)
    assert not world.env.errors  # every case was handled on purpose, none crashed a handler


@session_loop
async def test_bad_questions_to_slash_commands_are_polite(world: World) -> None:
    for question in (ZW * 3, "🎬🍿", "?!"):
        result = await world.alice.slash(world.channel, "ask", question=question)
        assert result.response is not None
        assert "Please ask a question" in result.response.content
        _no_pings(world, result.response.message)
    acknowledge(world.env, QuestionError, QuestionError, QuestionError)
    result = await world.alice.slash(world.channel, "search", query="@everyone <@&1> 🎬")
    assert result.response is not None
    _no_pings(world, result.response.message)


@session_loop
async def test_refusing_an_unusable_slash_question_is_private(world: World) -> None:
    result = await world.alice.slash(world.channel, "ask", question=ZW * 3)
    acknowledge(world.env, QuestionError)
    assert result.response is not None and "Please ask a question" in result.response.content
    public = [
        m.content
        for m in world.channel.history()
        if m.author.id == world.bot.user.id and not m.flags.ephemeral  # type: ignore[union-attr]
    ]
    assert not public, public  # only alice should see that her question was unusable
    assert result.ephemeral


# -- abuse ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("settings_extra", [{"cooldown_rate": 3, "cooldown_seconds": 60}])
@session_loop
async def test_a_flood_from_one_user_gets_a_few_answers_and_one_warning(world: World) -> None:
    before = len([m for m in world.channel.history() if m.author.id == world.bot.user.id])  # type: ignore[union-attr]
    for i in range(30):
        await world.alice.send(world.channel, f"{world.me} who directed Alien? ({i})")
    mine = [m for m in world.channel.history() if m.author.id == world.bot.user.id]  # type: ignore[union-attr]
    replies = mine[before:] if len(mine) > before else mine
    answers = [m for m in replies if m.embeds]
    warnings = [m for m in replies if "You can ask again in" in m.content]
    assert len(answers) == 3 and len(warnings) == 1, [m.content for m in replies]
    # /ask, /search and /film draw on the same budget: all refused privately, nothing runs
    for name, options in (("ask", {"question": "who directed Heat?"}), ("search", {"query": "heat"}),
                          ("film", {"title": "Heat"})):  # fmt: skip
        result = await world.alice.slash(world.channel, name, **options)
        assert result.ephemeral and result.response is not None
        assert "You can ask again in" in result.response.content
    cooldown = discord.app_commands.CommandOnCooldown
    acknowledge(world.env, cooldown, cooldown, cooldown)


@session_loop
async def test_global_concurrency_limit_holds_under_many_users(engine: Engine, tmp_path: Path) -> None:
    recording = RecordingEngine.open(engine.settings)
    assert isinstance(recording, RecordingEngine)
    recording.pause = 0.2  # each question keeps its worker busy a moment, so they pile up
    bot = create_bot(bot_settings(recording, tmp_path / "data", max_concurrency=2), recording)
    async with simcord.run(bot) as env:
        env.settle_timeout = 120.0
        w = World(env)
        await bot.tree.sync()
        users = [w.guild.add_member(env.create_user(f"user{i}")) for i in range(12)]
        await _burst(env, [(w.channel, u, f"{w.me} who directed Alien?") for u in users])
        answered = [m for m in w.channel.history() if m.author.id == bot.user.id and m.embeds]  # type: ignore[union-attr]
        assert len(answered) == 12
    assert len(recording.answers) == 12
    assert recording.peak == 2, recording.peak  # never more than max_concurrency in the engine at once


@session_loop
async def test_reindex_refused_to_non_admins_whatever_the_guild_permissions_say(world: World) -> None:
    version = world.bot.engine.status().version  # type: ignore[union-attr]
    commands = await world.bot.tree.fetch_commands()
    reindex = next(c for c in commands if c.name == "reindex")
    # misconfigured: the whole server (@everyone) may see and use /reindex, in every channel
    everyone = world.guild.default_role
    world.guild.set_command_permissions(reindex, {everyone: True})
    bob = world.guild.add_member(world.env.create_user("bob"))
    for member in (world.alice, bob):
        result = await member.slash(world.channel, "reindex", full=True)
        assert result.ephemeral and result.response is not None
        assert "can reindex" in result.response.content
    acknowledge(world.env, NotAdminError, NotAdminError)
    assert not world.bot.engine.building and not world.bot.reindexing  # type: ignore[union-attr]
    assert world.bot.engine.status().version == version  # type: ignore[union-attr]
    # and an admin role configured for the bot is what counts, not Discord's permission flags
    helpers = world.guild.create_role("Helpers", permissions=discord.Permissions(administrator=True))
    carol = world.guild.add_member(world.env.create_user("carol"), roles=[helpers])
    projectionists = world.guild.create_role("Projectionists")
    world.bot.settings.admin_role_ids = [projectionists.id]
    result = await carol.slash(world.channel, "reindex")
    assert result.response is not None and "admin role" in result.response.content
    acknowledge(world.env, NotAdminError, NotAdminError, NotAdminError)
    assert world.bot.engine.status().version == version  # type: ignore[union-attr]


# -- secrets -------------------------------------------------------------------------------------------

FAKE_TOKEN = "FAKE0TOKEN0abc123abc123abc123.GhIjKl.FAKEsecret0abc123abc123abc123"


class _FakeDiscord(BaseHTTPRequestHandler):
    """Answers every API call with 401, like Discord does for a reset or invalid token."""

    seen_auth: list[str] = []  # noqa: RUF012  # one test at a time

    def _reply(self) -> None:
        _FakeDiscord.seen_auth.append(self.headers.get("Authorization", ""))
        body = json.dumps({"message": "401: Unauthorized", "code": 0}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = _reply

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_the_token_never_appears_in_logs_errors_or_output(tmp_path: Path) -> None:
    """`python -m bot` with the token in `.env` (the environment has none), full DEBUG logging, and a
    Discord that rejects the token: the process says what is wrong and never shows the token."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeDiscord)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeDiscord.seen_auth = []
    try:
        (tmp_path / ".env").write_text(
            f"FILMBOT_DISCORD_TOKEN={FAKE_TOKEN}\nFILMBOT_LOG_LEVEL=DEBUG\n"
            f"FILMBOT_DATA_DIR={tmp_path / 'data'}\nFILMBOT_INDEX_DIR={tmp_path / 'no-index'}\n",
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("FILMBOT_")}
        env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", PYTHONASYNCIODEBUG="1")
        done = subprocess.run(
            [sys.executable, "-m", "tests.helpers.run_bot_offline", f"http://127.0.0.1:{server.server_port}"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        server.shutdown()
        server.server_close()
    output = done.stdout + done.stderr
    # the token was really read from .env and sent to "Discord" (so the test can fail)...
    assert _FakeDiscord.seen_auth and all(a == f"Bot {FAKE_TOKEN}" for a in _FakeDiscord.seen_auth)
    # ...which refused it: one clear line, exit code 1
    assert done.returncode == 1, output
    assert "Discord rejected FILMBOT_DISCORD_TOKEN" in done.stderr.strip().splitlines()[-1]
    assert "DEBUG" in output  # the most talkative logging was on
    # and the token appears nowhere, whole or in its parts
    for secret in (FAKE_TOKEN, *FAKE_TOKEN.split(".")[::2]):
        assert secret not in output, f"{secret!r} leaked"


def test_env_file_is_git_ignored_and_the_example_holds_no_token() -> None:
    git = ["git", "-C", str(ROOT)]
    ignored = subprocess.run([*git, "check-ignore", "-q", ".env"], check=False, timeout=30)
    if ignored.returncode == 128:  # not a git checkout (a source tarball): fall back to .gitignore
        lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
        assert ".env" in [ln.strip() for ln in lines]
    else:
        assert ignored.returncode == 0, ".env is not ignored by git: a token could be committed"
        tracked = subprocess.run(
            [*git, "ls-files", ".env"], capture_output=True, text=True, check=True, timeout=30
        )
        assert tracked.stdout.strip() == ""
        example = subprocess.run([*git, "check-ignore", "-q", ".env.example"], check=False, timeout=30)
        assert example.returncode == 1  # the example stays shareable
    example_text = (ROOT / ".env.example").read_text(encoding="utf-8")
    token_lines = [ln for ln in example_text.splitlines() if ln.startswith("FILMBOT_DISCORD_TOKEN")]
    assert token_lines == ["FILMBOT_DISCORD_TOKEN="]
