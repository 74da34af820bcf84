"""bot/formatting.py: whatever the engine returns, what the bot sends fits Discord's limits and is
cut where a reader expects (sentence or word boundary), never leaving an empty field."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import formatting as fmt
from index import (
    Answer,
    BuildProgress,
    BuildReport,
    CastMember,
    Film,
    FilmRef,
    Hit,
    IndexStatus,
    Passage,
    ReviewVerdict,
    SkippedFile,
    VerdictSummary,
)

RUNAWAYS = FilmRef("The Runaways", 2010)

prose = st.lists(
    st.one_of(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFG'-éü", min_size=1, max_size=30),
        st.sampled_from([".", "!", "?", ",", "…", "\n", "  ", '"', "*", "_", "`", "@everyone", "<@123>"]),
    ),
    max_size=400,
).map(" ".join)


def assert_within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= fmt.TITLE_LIMIT
    assert len(data.get("description", "")) <= fmt.DESCRIPTION_LIMIT
    fields = data.get("fields", [])
    assert len(fields) <= fmt.FIELD_COUNT_LIMIT
    for field in fields:
        assert 0 < len(field["name"].strip()) <= fmt.FIELD_NAME_LIMIT
        assert 0 < len(field["value"].strip()) <= fmt.FIELD_VALUE_LIMIT
    assert len(data.get("footer", {}).get("text", "")) <= fmt.FOOTER_LIMIT
    assert len(data.get("author", {}).get("name", "")) <= fmt.AUTHOR_LIMIT
    assert len(embed) <= fmt.EMBED_TOTAL_LIMIT


@given(text=prose, limit=st.integers(min_value=2, max_value=300))
@settings(max_examples=300, deadline=None)
def test_trim_never_exceeds_the_limit_nor_cuts_a_word(text: str, limit: int) -> None:
    out = fmt.trim(text, limit)
    assert len(out) <= limit
    if text.strip():
        assert out.strip()
    if len(text.strip()) <= limit:
        assert out == text.strip()
        return
    original = text.strip()
    if original.startswith(out):
        # cut after a sentence end: the original goes on with whitespace
        assert out[-1] in ".!?…\"'”’)]" and original[len(out)].isspace(), out
    else:
        # cut at a word end (trailing separators dropped), marked with an ellipsis
        assert out.endswith(fmt.ELLIPSIS)
        kept = out[: -len(fmt.ELLIPSIS)]
        assert original.startswith(kept)
        if any(ch.isspace() for ch in original[1 : limit - 1]):
            assert original[len(kept)].isspace() or original[len(kept)] in ",;:–—-", out


def test_trim_prefers_sentences() -> None:
    text = "Jett meets Kim Fowley. Fowley changes the song to Cherry Bomb. The band goes to Japan and falls apart."
    assert fmt.trim(text, 70) == "Jett meets Kim Fowley. Fowley changes the song to Cherry Bomb."
    # no sentence end near enough: cut at a word, with an ellipsis
    assert fmt.trim("a" * 10 + " bbbbbbbbbb cccccccccc", 18) == "aaaaaaaaaa…"
    assert fmt.trim("Michael Shannon steals scenes as the manager", 30) == "Michael Shannon steals scenes…"
    # a single word longer than the budget (a URL) is the one case cut inside
    assert fmt.trim("https://example.com/" + "x" * 100, 20) == "https://example.com…"


@given(
    answer_text=prose,
    question=prose,
    n_sources=st.integers(min_value=0, max_value=40),
    passage=prose,
    title=st.text(min_size=1, max_size=400),
    confidence=st.floats(min_value=0, max_value=1),
    abstained=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_any_answer_embed_fits(
    answer_text: str,
    question: str,
    n_sources: int,
    passage: str,
    title: str,
    confidence: float,
    abstained: bool,
) -> None:
    film = FilmRef(title, 1999)
    hits = tuple(
        Hit(Passage(i, f"review-{i}" * 20, title, 1999, passage * 3), score=1.0 / (i + 1))
        for i in range(n_sources)
    )
    answer = Answer(question * 3 or "?", "search", answer_text * 5, film, abstained, confidence, hits)
    assert_within_limits(fmt.answer_embed(answer, max_sources=30))
    assert_within_limits(fmt.sources_embed(answer, limit=40))
    assert_within_limits(fmt.search_embed(question, hits, film))


def test_long_answer_is_trimmed_on_a_sentence() -> None:
    sentence = "The Runaways is a spunky music-based bio-picture with three intriguing performances. "
    answer = Answer("q", "plot", sentence * 100, RUNAWAYS, False, 0.9, ())
    embed = fmt.answer_embed(answer)
    assert embed.description is not None
    assert len(embed.description) <= fmt.DESCRIPTION_LIMIT
    assert embed.description.endswith("performances.")
    assert_within_limits(embed)


@given(
    n_fields=st.integers(min_value=0, max_value=40),
    value=prose,
    name=st.text(max_size=300),
    description=st.text(max_size=5000),
    footer=st.text(max_size=2500),
    title=st.text(max_size=300),
)
@settings(max_examples=150, deadline=None)
def test_fit_embed_enforces_every_limit(
    n_fields: int, value: str, name: str, description: str, footer: str, title: str
) -> None:
    embed = discord.Embed(title=title or None, description=description or None)
    for i in range(n_fields):
        embed.add_field(name=name * (i % 3), value=value * (i % 4))  # some empty on purpose
    embed.set_footer(text=footer or None)
    assert_within_limits(fmt.fit_embed(embed))


def test_film_card_and_cast() -> None:
    cast = tuple(CastMember(f"Actor Number {i}", f"Character {i}") for i in range(300))
    film = Film("The Runaways", 2010, reviews=2, passages=9, director="Floria Sigismondi", cast=cast)
    embed = fmt.film_embed(film, "Positive: 2 positive, 0 negative (of 2 reviews)")
    assert_within_limits(embed)
    fields = {str(f.name): str(f.value) for f in embed.fields}
    assert embed.title and "The Runaways (2010)" in embed.title
    assert fields["Director"] == "Floria Sigismondi" and fields["Reviews"] == "2"
    assert fields["Cast"] and fields["Cast"].startswith("Actor Number 0 as Character 0")
    assert fields["Cast"].splitlines()[-1].startswith("Actor Number")  # whole lines only
    assert fields["Verdict"].startswith("Positive")
    assert_within_limits(fmt.cast_embed(film))
    # a film without metadata still gets a card with no empty field
    assert_within_limits(fmt.film_embed(Film("Heat", None, reviews=1, passages=2)))


def test_verdict_status_progress_and_report_texts() -> None:
    best = ReviewVerdict("r1", "positive", 0.9, "a superb, nerve-shredding thriller")
    summary = VerdictSummary(RUNAWAYS, 3, 2, 1, 0, "positive", best_positive=best)
    embed = fmt.verdict_embed(summary, "Positive: 2 of 3 reviews are positive, 1 negative.")
    assert_within_limits(embed)
    assert embed.description == "Positive: 2 of 3 reviews are positive, 1 negative."
    assert "nerve-shredding" in str(embed.fields[0].value)

    status = IndexStatus(3, 4, 12, "all-MiniLM-L6-v2", "2026-11-25T07:00:00Z", "/x", "v1")
    fields = {str(f.name): str(f.value) for f in fmt.status_embed(status).fields}
    assert (fields["Films"], fields["Reviews"], fields["Passages"]) == ("3", "4", "12")
    assert fields["Model"] == "all-MiniLM-L6-v2" and fields["Last reindex"].startswith("2026-11-25")

    assert "12/40 (30%)" in fmt.progress_text(BuildProgress("embedding", 12, 40), full=False)
    skipped = tuple(SkippedFile(f"corpus/bad-{i}.md", "front matter is not valid YAML") for i in range(50))
    report = BuildReport(3, 4, 12, 1, 0, 0, 3, skipped=skipped, seconds=2.5)
    text = fmt.report_text(report, full=True)
    assert len(text) <= fmt.MESSAGE_LIMIT
    assert "Skipped 50 file(s)" in text and "bad-0.md" in text and "not valid YAML" in text
    assert "40 more" in text


def test_snippets_read_naturally_and_do_not_format() -> None:
    tokenised = "it 's a film that does n't know what it wants ( the band ) , and *that* is_a shame ."
    out = fmt.snippet(tokenised, 200)
    assert out == "“it's a film that doesn't know what it wants (the band), and \\*that\\* is\\_a shame.”"
    assert fmt.snippet("", 50) == fmt.EMPTY


def test_choice_labels_fit_autocomplete() -> None:
    assert fmt.choice_label(RUNAWAYS) == "The Runaways (2010)"
    long = fmt.choice_label(FilmRef("word " * 60, 1999))
    assert len(long) <= fmt.CHOICE_LIMIT and long.endswith("(1999)")
