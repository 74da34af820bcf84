"""The Discord bot driven through simcord: real bot code, real engine (tiny corpus), simulated Discord.

simcord runs discord.py unmodified against an in-memory Discord that enforces its rules (command
visibility, embed limits, ephemeral visibility, message-content censoring without the intent).
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import discord
import pytest
import simcord

from bot import BotSettings, create_bot
from bot.client import FilmBot, NotAdminError
from index import Answer, Engine, FilmRef, UnknownFilmError

ROOT = Path(__file__).resolve().parents[1]

# simcord_env is an async fixture on the session loop (pyproject): the tests must share that loop.
pytestmark = pytest.mark.asyncio(loop_scope="session")


def bot_settings(engine: Engine, data_dir: Path, **extra: Any) -> BotSettings:
    """Settings for a bot over `engine`'s index; no .env, no start-up sync (tests sync explicitly)."""
    base: dict[str, Any] = {
        "data_dir": data_dir,
        "index_dir": engine.settings.resolved_index_dir,
        "corpus": engine.settings.corpus,
        "onnx": False,
        "sync_commands": False,
        "cooldown_rate": 1000,
    }
    base.update(extra)
    return BotSettings(_env_file=None, **base)  # type: ignore[call-arg]


@pytest.fixture
def settings_extra() -> dict[str, Any]:
    return {}


@pytest.fixture
def simcord_bot(engine: Engine, tmp_path: Path, settings_extra: dict[str, Any]) -> FilmBot:
    return create_bot(bot_settings(engine, tmp_path / "data", **settings_extra), engine)


class World:
    """A server with a #films channel, a regular member (alice) and the server owner."""

    def __init__(self, env: simcord.Env) -> None:
        self.env = env
        self.guild = env.create_guild("Cinema Club")
        self.channel = self.guild.create_text_channel("films")
        self.alice = self.guild.add_member(env.create_user("alice"))
        self.owner = simcord.MemberActor(env, self.guild, self.guild.owner)

    @property
    def bot(self) -> FilmBot:
        bot = self.env.bot
        assert isinstance(bot, FilmBot)
        return bot

    @property
    def me(self) -> str:
        assert self.bot.user is not None
        return self.bot.user.mention

    def last(self) -> discord.Message:
        message = self.channel.last_message
        assert message is not None
        return message


@pytest.fixture
async def world(simcord_env: simcord.Env) -> World:
    w = World(simcord_env)
    await w.bot.tree.sync()
    return w


def only_embed(message: discord.Message | simcord.ResponseMessage | None) -> discord.Embed:
    assert message is not None
    assert len(message.embeds) == 1, message
    return message.embeds[0]


def fields(embed: discord.Embed) -> dict[str, str]:
    return {str(f.name): str(f.value) for f in embed.fields}


def acknowledge(env: simcord.Env, *expected: type[BaseException]) -> None:
    """Errors the bot handled on purpose (shown to the user) are recorded by simcord; check they are
    exactly the expected kinds, which also proves the error path ran."""
    errors = [getattr(e, "original", e) for e in env.errors]
    assert [type(e) for e in errors] == list(expected), errors


# -- asking in a channel ----------------------------------------------------------------------------


async def test_mention_gets_a_cited_answer(world: World) -> None:
    assert not world.bot.intents.message_content  # works without the privileged intent
    question = await world.alice.send(world.channel, f"{world.me} who directed Alien?")
    reply = world.last()
    assert reply.author.id == world.bot.user.id  # type: ignore[union-attr]
    assert reply.reference is not None and reply.reference.message_id == question.id
    embed = only_embed(reply)
    assert "Ridley Scott" in (embed.description or "")
    assert "Alien (1979)" in (embed.title or "")
    cited = list(fields(embed).items())
    assert cited and "alien-1979" in cited[0][0] and cited[0][1].startswith("“")
    assert re.search(r"· passage \d+ of \d+$", cited[0][0])  # numbered within the review, not an index id
    labels = {c.label or str(c.emoji) for row in reply.components for c in row.children}  # type: ignore[union-attr]
    assert labels == {"More sources", "👍", "👎"}


async def test_messages_not_addressed_to_the_bot_are_left_alone(world: World) -> None:
    await world.alice.send(world.channel, "who directed Alien?")
    assert world.last().author.id == world.alice.id
    # an empty mention gets a short hint instead of silence
    await world.alice.send(world.channel, world.me)
    assert "Ask me about a film" in world.last().content


async def test_reply_follow_up_knows_the_film_until_it_expires(world: World) -> None:
    await world.alice.send(world.channel, f"{world.me} who directed Alien?")
    answer = world.last()
    await world.alice.send(world.channel, "who plays Ripley in it?", reply_to=answer)
    follow = world.last()
    assert follow.reference is not None and follow.reference.message_id != answer.id
    embed = only_embed(follow)
    assert "Sigourney Weaver" in (embed.description or "") and "Alien" in (embed.title or "")
    # the chain goes on: a reply to the follow-up still knows the film
    await world.alice.send(world.channel, "who directed it?", reply_to=follow)
    assert "Ridley Scott" in (only_embed(world.last()).description or "")
    # a fresh mention outside the chain does not inherit it
    await world.alice.send(world.channel, f"{world.me} who directed it?")
    assert "Ridley Scott" not in (only_embed(world.last()).description or "")
    # after the time limit the chain has forgotten the film
    await world.env.advance_time(world.bot.settings.context_minutes * 60 + 1)
    await world.alice.send(world.channel, "who directed it?", reply_to=follow)
    assert "Ridley Scott" not in (only_embed(world.last()).description or "")


async def test_direct_messages_are_a_conversation(world: World) -> None:
    user = world.alice.user
    await user.send_dm("who plays Ripley in Alien?")
    await user.send_dm("who directed it?")
    replies = [m for m in user.dm_channel.history() if m.author.id == world.bot.user.id]  # type: ignore[union-attr]
    assert "Sigourney Weaver" in (only_embed(replies[0]).description or "")
    assert "Ridley Scott" in (only_embed(replies[1]).description or "")


async def test_a_thread_is_a_conversation(world: World) -> None:
    # simcord has no public builder for a user-made thread; its backend makes one like Discord would
    model = world.env.backend.create_thread(world.channel.id, "Alien night", world.alice.id)
    thread = simcord.ChannelHandle(world.env, world.guild, model)
    await world.alice.send(thread, f"{world.me} who plays Ripley in Alien?")
    assert "Sigourney Weaver" in (only_embed(thread.last_message).description or "")
    # a new message in the thread (a mention, not a reply) still knows the film
    await world.alice.send(thread, f"{world.me} who directed it?")
    assert "Ridley Scott" in (only_embed(thread.last_message).description or "")
    # the parent channel is another conversation
    await world.alice.send(world.channel, f"{world.me} who directed it?")
    assert "Ridley Scott" not in (only_embed(world.last()).description or "")


async def test_everyone_in_a_question_pings_nobody(world: World) -> None:
    role = world.guild.create_role("Film Fans", mentionable=True)
    text = f"{world.me} @everyone @here {role.mention} {world.alice.mention} who directed Alien?"
    await world.alice.send(world.channel, text)
    answer = world.last()
    assert "Ridley Scott" in (only_embed(answer).description or "")
    # the user's title is echoed in the error text (message content, where pings happen)
    result = await world.alice.slash(world.channel, "film", title="@everyone")
    acknowledge(world.env, UnknownFilmError)
    assert result.response is not None and "@everyone" in result.response.content
    # the bot may mention everyone in this server (simcord gives it the permission), so only
    # allowed_mentions stands between these messages and a ping
    assert world.guild.me is not None and world.guild.me.guild_permissions.mention_everyone
    for message in (answer, result.response.message):
        assert not message.mention_everyone
        assert not message.mentions and not message.role_mentions
    stored = world.env.backend.messages[world.channel.id]
    for message_id in (answer.id, result.response.id):
        assert not stored[message_id].ping_user_ids and not stored[message_id].ping_role_ids


@pytest.mark.parametrize("settings_extra", [{"cooldown_rate": 2, "cooldown_seconds": 60}])
async def test_per_user_cooldown_is_friendly(world: World) -> None:
    for _ in range(2):
        await world.alice.send(world.channel, f"{world.me} who directed Alien?")
        assert "Ridley Scott" in (only_embed(world.last()).description or "")
    await world.alice.send(world.channel, f"{world.me} who directed Heat?")
    assert "You can ask again in" in world.last().content
    told = world.last().id
    await world.alice.send(world.channel, f"{world.me} who directed Heat??")  # told once is enough
    assert world.last().author.id == world.alice.id and world.last().id != told
    # slash commands share the same budget, privately
    result = await world.alice.slash(world.channel, "film", title="Alien")
    acknowledge(world.env, discord.app_commands.CommandOnCooldown)
    assert result.ephemeral and result.response is not None
    assert "You can ask again in" in result.response.content
    # someone else is not limited, and alice can ask again once the window has passed
    bob = world.guild.add_member(world.env.create_user("bob"))
    await bob.send(world.channel, f"{world.me} who directed Heat?")
    assert "Michael Mann" in (only_embed(world.last()).description or "")
    await world.env.advance_time(61)
    await world.alice.send(world.channel, f"{world.me} who directed Heat?")
    assert "Michael Mann" in (only_embed(world.last()).description or "")


# -- buttons -----------------------------------------------------------------------------------------


async def test_more_sources_and_feedback(world: World) -> None:
    await world.alice.send(world.channel, f"{world.me} who plays Joan Jett in The Runaways?")
    answer = world.last()
    more = await world.alice.click(answer, label="More sources")
    assert more.ephemeral
    sources = only_embed(more.response)
    assert sources.fields and all(f.value for f in sources.fields)

    up = await world.alice.click(answer, custom_id=_button(answer, "👍"))
    assert up.ephemeral and up.response is not None and "Thanks" in up.response.content
    down = await world.alice.click(answer, custom_id=_button(answer, "👎"))
    assert down.response is not None and "changed" in down.response.content
    log = world.bot.settings.resolved_feedback_file
    votes = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [v["vote"] for v in votes] == ["up", "down"]
    first = votes[0]
    assert first["question"] == "who plays Joan Jett in The Runaways?"
    assert first["answer"] == only_embed(answer).description
    assert first["user_id"] == str(world.alice.id)
    assert first["time"].startswith("20")
    assert log.parent == world.bot.settings.data_dir


async def test_unexpected_error_gives_a_reference_and_logs_it(
    world: World, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    world.bot.feedback.path = blocker / "feedback.jsonl"  # writing the vote will fail
    await world.alice.send(world.channel, f"{world.me} who directed Alien?")
    result = await world.alice.click(world.last(), custom_id=_button(world.last(), "👍"))
    assert result.ephemeral and result.response is not None
    text = result.response.content
    assert "Something went wrong" in text and "reference `" in text
    ref = text.split("reference `")[1].split("`")[0]
    logged = [r for r in caplog.records if ref in r.getMessage()]
    assert logged and logged[0].exc_info is not None  # the traceback went to the log
    assert logged[0].exc_info[0] is not None and issubclass(logged[0].exc_info[0], OSError)


async def test_buttons_keep_working_after_a_restart(world: World, engine: Engine) -> None:
    await world.alice.send(world.channel, f"{world.me} who directed Alien?")
    answer = world.last()
    await world.env.restart_bot(create_bot(world.bot.settings, engine))
    vote = await world.alice.click(answer, custom_id=_button(answer, "👍"))
    assert vote.response is not None and "Thanks" in vote.response.content
    (record,) = [
        json.loads(line) for line in world.bot.settings.resolved_feedback_file.read_text().splitlines()
    ]
    # the new process never saw the answer: question and answer are read back from the message
    assert record["question"] == "who directed Alien?" and record["vote"] == "up"
    assert record["answer"] == only_embed(answer).description
    more = await world.alice.click(answer, label="More sources")
    assert more.ephemeral and more.response is not None and "ask again" in more.response.content


def _button(message: discord.Message, emoji: str) -> str:
    for row in message.components:
        for child in row.children:  # type: ignore[union-attr]
            if str(getattr(child, "emoji", "")) == emoji:
                return str(child.custom_id)  # type: ignore[union-attr]
    raise AssertionError(f"no {emoji} button")


# -- slash commands ------------------------------------------------------------------------------------


def callback_types(env: simcord.Env) -> list[int]:
    """How the bot first answered each interaction, in order (5 = deferred, "thinking…")."""
    return [
        int(r.json["type"])
        for r in env.http_requests
        if r.method == "POST" and r.path.endswith("/callback") and isinstance(r.json, dict)
    ]


async def test_ask_command(world: World) -> None:
    result = await world.alice.slash(world.channel, "ask", question="who directed Alien?")
    assert callback_types(world.env) == [5]  # deferred before the engine ran
    assert not result.ephemeral
    assert "Ridley Scott" in (only_embed(result.response).description or "")
    result = await world.alice.slash(world.channel, "ask", question="who directed it?", film="Heat (1995)")
    assert "Michael Mann" in (only_embed(result.response).description or "")


async def test_film_card(world: World) -> None:
    result = await world.alice.slash(world.channel, "film", title="Alien (1979)")
    embed = only_embed(result.response)
    card = fields(embed)
    assert "Alien (1979)" in (embed.title or "")
    assert card["Year"] == "1979" and card["Director"] == "Ridley Scott" and card["Reviews"] == "1"
    assert card["Cast"].splitlines()[0] == "Sigourney Weaver as Ellen Ripley"
    assert card["Verdict"]
    # typos are forgiven
    result = await world.alice.slash(world.channel, "film", title="the runawyas")
    assert fields(only_embed(result.response))["Reviews"] == "2"
    assert callback_types(world.env) == [5, 5]


async def test_cast_plot_and_search(world: World) -> None:
    cast = only_embed((await world.alice.slash(world.channel, "cast", title="Heat (1995)")).response)
    assert "Al Pacino as Vincent Hanna" in (cast.description or "")
    plot = only_embed((await world.alice.slash(world.channel, "plot", title="Alien (1979)")).response)
    assert "Alien" in (plot.title or "") and plot.description and plot.fields
    found = only_embed(
        (await world.alice.slash(world.channel, "search", query="coffee shop meeting")).response
    )
    assert "Heat (1995)" in next(iter(fields(found)))
    within = only_embed(
        (
            await world.alice.slash(
                world.channel, "search", query="the lead performances", film="The Runaways"
            )
        ).response
    )
    assert within.fields and all("The Runaways (2010)" in name for name in fields(within))


async def test_verdict_command(world: World) -> None:
    embed = only_embed((await world.alice.slash(world.channel, "verdict", title="Heat (1995)")).response)
    assert "Heat (1995)" in (embed.title or "")
    assert embed.description and "negative" in embed.description.lower()
    card = fields(only_embed((await world.alice.slash(world.channel, "film", title="Heat (1995)")).response))
    assert "negative" in card["Verdict"].lower()


async def test_status_command(world: World, engine: Engine) -> None:
    result = await world.alice.slash(world.channel, "status")
    assert result.ephemeral
    status = fields(only_embed(result.response))
    assert (status["Films"], status["Reviews"], status["Passages"]) == (
        "3",
        "4",
        str(engine.status().passages),
    )
    assert "MiniLM" in status["Model"] and status["Last reindex"] != "never"


async def test_unknown_title_is_a_private_hint(world: World) -> None:
    result = await world.alice.slash(world.channel, "film", title="Casablanca")
    acknowledge(world.env, UnknownFilmError)
    assert result.ephemeral and result.response is not None
    assert "I have no reviews of a film called “Casablanca”" in result.response.content
    assert not [m for m in world.channel.history() if m.author.id == world.bot.user.id]  # type: ignore[union-attr]


async def test_title_autocomplete(world: World) -> None:
    choices = await world.alice.autocomplete(world.channel, "film", "title", "ali")
    assert choices[0] == {"name": "Alien (1979)", "value": "Alien (1979)"}
    choices = await world.alice.autocomplete(world.channel, "ask", "film", "runaway")
    assert choices[0]["name"] == "The Runaways (2010)"
    everything = await world.alice.autocomplete(world.channel, "cast", "title", "")
    assert {c["name"] for c in everything} == {"Alien (1979)", "Heat (1995)", "The Runaways (2010)"}
    assert all(len(c["name"]) <= 100 for c in everything) and len(everything) <= 25


# -- reindex -----------------------------------------------------------------------------------------


async def test_reindex_is_hidden_from_and_refused_to_non_admins(world: World) -> None:
    with pytest.raises(simcord.SetupError, match="not visible"):
        await world.alice.slash(world.channel, "reindex")
    # a server admin may show the command to anyone; filmbot still checks at run time
    commands = await world.bot.tree.fetch_commands()
    reindex = next(c for c in commands if c.name == "reindex")
    world.guild.set_command_permissions(reindex, {world.alice: True})
    result = await world.alice.slash(world.channel, "reindex")
    acknowledge(world.env, NotAdminError)
    assert result.ephemeral and result.response is not None
    assert "Manage Server" in result.response.content
    assert not world.bot.engine.building  # type: ignore[union-attr]


async def test_reindex_refused_without_an_admin_role(world: World) -> None:
    fans = world.guild.create_role("Projectionists")
    mods = world.guild.create_role("Mods", permissions=discord.Permissions(manage_guild=True))
    bob = world.guild.add_member(world.env.create_user("bob"), roles=[mods])
    world.bot.settings.admin_role_ids = [fans.id]
    result = await bob.slash(world.channel, "reindex")  # visible to him: he has Manage Server
    acknowledge(world.env, NotAdminError)
    assert result.ephemeral and result.response is not None
    assert "admin role" in result.response.content
    assert not world.bot.engine.building  # type: ignore[union-attr]


class HeldBuildEngine(Engine):
    """The real engine with a gate: a build stops at its first progress report until a question
    has been answered, so the test can ask *during* a reindex. Records, for each question, whether
    a build was running when it was asked."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate = threading.Event()
        self.asked_during_build: list[bool] = []

    def reindex(self, corpus: Any = None, *, rebuild: bool = False, progress: Any = None) -> Any:
        def held(report: Any) -> None:
            if progress is not None:
                progress(report)
            self.gate.wait(timeout=60)

        return super().reindex(corpus, rebuild=rebuild, progress=held)

    def ask(self, question: str, film: Any = None, context: Any = None) -> Any:
        self.asked_during_build.append(self.building)
        try:
            return super().ask(question, film, context)
        finally:
            self.gate.set()


@pytest.mark.slow
async def test_admin_reindex_reports_progress_and_keeps_answering(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "otters-2024.md").write_text(
        "---\ntitle: Otter Bay\nyear: 2024\ndirector: Jane Holt\n---\n"
        "A gentle documentary about a family of sea otters in a cold bay. The photography is lovely.\n",
        encoding="utf-8",
    )
    (corpus / "broken.md").write_text("---\ntitle: [unclosed\n---\nNo front matter parser can read this.\n")
    engine = HeldBuildEngine.open(fresh_engine.settings)
    assert isinstance(engine, HeldBuildEngine)
    bot = create_bot(bot_settings(engine, tmp_path / "data"), engine)
    async with simcord.run(bot) as env:
        w = World(env)
        await bot.tree.sync()
        projectionists = w.guild.create_role(
            "Projectionists", permissions=discord.Permissions(manage_guild=True)
        )
        admin = w.guild.add_member(env.create_user("carol"), roles=[projectionists])
        bot.settings.admin_role_ids = [projectionists.id]

        # The build is held at its first progress report: the command's work cannot settle yet.
        env.settle_timeout = 2.0
        with pytest.raises(TimeoutError):
            await admin.slash(w.channel, "reindex")
        assert engine.building
        with pytest.raises(
            TimeoutError
        ):  # a second reindex is refused at once (settling waits for the first)
            await w.owner.slash(w.channel, "reindex", full=True)
        refused = [m.content for m in w.channel.history(viewer=w.owner) if m.flags.ephemeral]
        assert refused == ["A reindex is already running; wait for it to finish and try again."]

        # A question during the build is answered from the current index; then the build goes on.
        env.settle_timeout = 120.0
        await w.alice.send(w.channel, f"{w.me} who directed Alien?")
        assert "Ridley Scott" in (only_embed(w.last()).description or "")
        assert engine.asked_during_build == [True]
        assert not engine.building and not bot.reindexing

        edits = [
            str(r.json["content"])
            for r in env.http_requests
            if r.method == "PATCH" and r.path.endswith("/messages/@original") and isinstance(r.json, dict)
        ]
        assert edits[0] == "⏳ Reindex started…"
        assert any(e.startswith("⏳ Reindex: ") for e in edits[1:-1]), edits  # progress shown
        report = edits[-1]
        assert report.startswith("✅ Reindex done") and "Added 1" in report
        assert "Skipped 1 file(s)" in report and "broken.md" in report
        private = [m for m in w.channel.history(viewer=admin) if m.flags.ephemeral]
        assert private and private[0].content == report  # the admin sees the final summary

        # The new film is answerable at once (the engine swapped its index).
        await w.alice.send(w.channel, f"{w.me} who directed Otter Bay?")
        assert "Jane Holt" in (only_embed(w.last()).description or "")
        choices = await w.alice.autocomplete(w.channel, "film", "title", "otter")
        assert choices[0]["name"] == "Otter Bay (2024)"


# -- long content --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crowd_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A film with 400 credited performers and a long review: everything about it overflows Discord."""
    from index import build_index
    from tests.conftest import make_settings

    tmp = tmp_path_factory.mktemp("crowd")
    corpus = tmp / "corpus"
    corpus.mkdir()
    cast = "\n".join(f"  - Performer Number{i} as Character Number{i}" for i in range(400))
    body = " ".join(f"In scene {i} the whole crowd sings along while the critics argue." for i in range(40))
    (corpus / "crowd-scene-2001.md").write_text(
        f"---\ntitle: Crowd Scene\nyear: 2001\ndirector: Ann Example\ncast:\n{cast}\n---\n{body}\n",
        encoding="utf-8",
    )
    settings = make_settings(tmp, corpus)
    build_index(settings)
    return Engine.open(settings)


async def test_overlong_content_is_trimmed_to_discords_limits(crowd_engine: Engine, tmp_path: Path) -> None:
    bot = create_bot(bot_settings(crowd_engine, tmp_path / "data"), crowd_engine)
    async with simcord.run(bot) as env:
        w = World(env)
        await bot.tree.sync()
        # simcord rejects oversized messages like Discord does (400), so arriving at all is the first check
        cast = only_embed((await w.alice.slash(w.channel, "cast", title="Crowd Scene")).response)
        lines = (cast.description or "").splitlines()
        assert 3000 < len(cast.description or "") <= 4096 and len(cast) <= 6000
        assert (
            lines[-1] == f"Performer Number{len(lines) - 1} as Character Number{len(lines) - 1}"
        )  # whole lines

        card = fields(only_embed((await w.alice.slash(w.channel, "film", title="Crowd Scene")).response))
        assert 900 < len(card["Cast"]) <= 1024 and card["Cast"].splitlines()[-1].endswith(
            f"Character Number{len(card['Cast'].splitlines()) - 1}"
        )

        await w.alice.send(w.channel, f"{w.me} what is the plot of Crowd Scene?")
        answer = w.last()
        more = await w.alice.click(answer, label="More sources")
        for embed in (only_embed(answer), only_embed(more.response)):
            assert len(embed) <= 6000
            for field in embed.fields:
                assert field.value and len(field.value) <= 1024
                body = str(field.value).strip("“”")
                assert body.endswith(("…", ".")), body  # a sentence end or a word end, never mid-word


# -- a title that could mean several films -----------------------------------------------------------

HEATS = (FilmRef("Heat", 1986), FilmRef("Heat", 1995))


class ChoosyEngine(Engine):
    """The real engine, except that a question naming "Heat" without a film answers with a choice
    (as the answering pipeline does for ambiguous titles), so the bot's side is tested on its own.
    Records every call to `ask`."""

    calls: list[tuple[str, Any, Any]]

    def ask(self, question: str, film: Any = None, context: Any = None) -> Answer:
        self.calls.append((question, film, context))
        if film is None and "heat" in question.lower():
            return Answer(question, "director", "Which Heat do you mean?", None, True, 0.0, choices=HEATS)
        return super().ask(question, film, context)


@pytest.fixture
def choosy(heats_engine: Engine) -> ChoosyEngine:
    engine = ChoosyEngine(heats_engine.settings, heats_engine.snapshot)
    engine.calls = []
    return engine


async def _heats_world(engine: Engine, tmp_path: Path) -> Any:
    bot = create_bot(bot_settings(engine, tmp_path / "data"), engine)
    return simcord.run(bot)


def _menu(message: discord.Message) -> discord.SelectMenu:
    (row,) = message.components
    (menu,) = row.children  # type: ignore[union-attr]
    assert isinstance(menu, discord.SelectMenu)
    return menu


async def test_an_ambiguous_title_gets_a_menu_and_the_pick_answers(
    choosy: ChoosyEngine, tmp_path: Path
) -> None:
    async with await _heats_world(choosy, tmp_path) as env:
        w = World(env)
        await w.bot.tree.sync()
        await w.alice.send(w.channel, f"{w.me} who directed Heat?")
        choice = w.last()
        assert "Which Heat" in (only_embed(choice).description or "")
        menu = _menu(choice)
        assert [o.label for o in menu.options] == ["Heat (1986)", "Heat (1995)"]
        assert not menu.disabled

        # someone else cannot pick for alice: a private note, nothing changes
        bob = w.guild.add_member(env.create_user("bob"))
        other = await bob.select(choice, ["1"])
        assert (
            other.ephemeral
            and other.response is not None
            and "Only the person who asked" in other.response.content
        )
        assert len(choosy.calls) == 1

        # alice picks 1995: the original question is answered for that film, in the same message
        picked = await w.alice.select(choice, ["1"])
        assert not picked.ephemeral
        assert choosy.calls[-1][:2] == ("who directed Heat?", FilmRef("Heat", 1995))
        answer = w.last()
        assert answer.id == choice.id
        embed = only_embed(answer)
        assert "Michael Mann" in (embed.description or "") and "Heat (1995)" in (embed.title or "")
        labels = {c.label or str(c.emoji) for row in answer.components for c in row.children}  # type: ignore[union-attr]
        assert labels == {"More sources", "👍", "👎"}

        # the answer continues the conversation like any other
        await w.alice.send(w.channel, "who plays Vincent Hanna in it?", reply_to=answer)
        assert "Al Pacino" in (only_embed(w.last()).description or "")
        assert not env.errors


async def test_the_menu_times_out_cleanly(choosy: ChoosyEngine, tmp_path: Path) -> None:
    from bot.views import CHOICE_TIMEOUT

    async with await _heats_world(choosy, tmp_path) as env:
        w = World(env)
        await w.bot.tree.sync()
        await w.alice.send(w.channel, f"{w.me} who directed Heat?")
        await env.advance_time(CHOICE_TIMEOUT + 1)
        menu = _menu(w.last())
        assert menu.disabled and "ask again" in (menu.placeholder or "")
        assert len(choosy.calls) == 1 and not env.errors


async def test_slash_ask_with_an_ambiguous_answer_offers_the_menu(
    choosy: ChoosyEngine, tmp_path: Path
) -> None:
    async with await _heats_world(choosy, tmp_path) as env:
        w = World(env)
        await w.bot.tree.sync()
        result = await w.alice.slash(w.channel, "ask", question="who directed Heat?")
        assert result.response is not None and not result.ephemeral
        message = w.last()
        assert [o.label for o in _menu(message).options] == ["Heat (1986)", "Heat (1995)"]
        await w.alice.select(message, ["0"])
        assert choosy.calls[-1][:2] == ("who directed Heat?", FilmRef("Heat", 1986))
        assert "Dick Richards" in (only_embed(w.last()).description or "")


async def test_an_ambiguous_film_option_is_a_private_menu(heats_engine: Engine, tmp_path: Path) -> None:
    async with await _heats_world(heats_engine, tmp_path) as env:
        w = World(env)
        await w.bot.tree.sync()
        # /ask with film="Heat": which one, privately; the pick posts the answer for everyone
        result = await w.alice.slash(w.channel, "ask", question="who directed it?", film="Heat")
        assert result.ephemeral and result.response is not None
        assert "could mean several films" in result.response.content
        picked = await w.alice.select(result.response.message, ["1"])
        assert picked.followups, picked
        public = picked.followups[-1]
        assert not public.ephemeral and "Michael Mann" in (public.embeds[0].description or "")
        # /film with an ambiguous title: the same private menu, then the card
        result = await w.alice.slash(w.channel, "film", title="Heat")
        assert result.ephemeral and result.response is not None
        picked = await w.alice.select(result.response.message, ["0"])
        card = fields(picked.followups[-1].embeds[0])
        assert card["Director"] == "Dick Richards" and card["Year"] == "1986"


async def test_an_ambiguous_question_end_to_end(heats_engine: Engine, tmp_path: Path) -> None:
    async with await _heats_world(heats_engine, tmp_path) as env:
        w = World(env)
        await w.bot.tree.sync()
        await w.alice.send(w.channel, f"{w.me} who directed Heat?")
        choice = w.last()
        options = {o.label: o.value for o in _menu(choice).options}
        assert set(options) == {"Heat (1986)", "Heat (1995)"}
        await w.alice.select(choice, [options["Heat (1986)"]])
        assert "Dick Richards" in (only_embed(w.last()).description or "")
