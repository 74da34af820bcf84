"""Property tests: chunking never loses or overfills text, and nothing the bot formats can exceed
Discord's limits, whatever text a corpus or a user supplies.

test_bot_formatting.py already covers trim/answer_embed/fit_embed with prose-like text; here the
inputs are arbitrary Unicode (control characters, combining marks, emoji, RTL, lone whitespace) and
the other message builders (film card, cast, verdict, status, reindex report, autocomplete).
"""

from __future__ import annotations

import itertools
import re

import discord
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import formatting as fmt
from index import (
    BuildProgress,
    BuildReport,
    CastMember,
    Film,
    FilmRef,
    IndexStatus,
    ReviewVerdict,
    SkippedFile,
    VerdictSummary,
    verdict_text,
)
from index.chunking import ChunkParams, chunk_spans

_WORD = re.compile(r"\S+")

# -- chunking -------------------------------------------------------------------------------------

# Review-like text: words, sentence ends, abbreviations, line and paragraph breaks, odd spacing,
# plus arbitrary Unicode so the properties are not tied to English prose.
_pieces = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzÉéü'’-", min_size=1, max_size=12),
    st.sampled_from(
        [".", "!", "?", "…", "...", ",", '."', ".)", "Mr.", "J.", "\n", "\n\n", "\n \n", "\t", "  ", "\r\n"]
    ),
    st.text(min_size=1, max_size=6),  # anything, including control and combining characters
)
review_text = st.lists(_pieces, max_size=600).map(" ".join)
chunk_params = st.builds(
    lambda max_words, overlap, min_words: ChunkParams(
        max_words=max_words, overlap_words=min(overlap, max_words - 1), min_words=min(min_words, max_words)
    ),
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=60),
)


def _check_spans(text: str, params: ChunkParams) -> None:
    spans = chunk_spans(text, params)
    covered = bytearray(len(text))
    previous = None
    for span in spans:
        assert 0 <= span.start < span.end <= len(text), (span, len(text))
        piece = text[span.start : span.end]
        assert piece == piece.strip(), "a passage starts or ends with white space"
        assert len(_WORD.findall(piece)) <= params.max_words, (piece, params)
        if previous is not None:
            # in reading order: each passage starts after the previous one and never ends before it
            assert span.start > previous.start and span.end >= previous.end, (previous, span)
        previous = span
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not lost, f"characters {lost[:10]} ({[text[i] for i in lost[:10]]}) are in no passage"
    if not text.strip():
        assert spans == []


@given(text=review_text, params=chunk_params)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(text="word " * 1000, params=ChunkParams())  # one sentence far longer than a passage
@example(text=("A short sentence here. " * 30 + "\n\n") * 5, params=ChunkParams())
@example(text="", params=ChunkParams())
@example(text=" \n\t \u3000 ", params=ChunkParams())
def test_chunking_covers_every_character_within_the_word_limit(text: str, params: ChunkParams) -> None:
    _check_spans(text, params)


def test_no_passage_is_a_copy_of_part_of_the_previous_one() -> None:
    # Default parameters: a 40-word sentence is carried over as overlap, the next sentence has 120 words
    # and does not fit beside it, so the second passage is only the carried sentence — text the first
    # passage already holds. It is embedded twice and can be cited twice for one question.
    text = " ".join(["word"] * 60) + ". " + " ".join(["short"] * 40) + ". " + " ".join(["long"] * 120) + "."
    spans = chunk_spans(text, ChunkParams())
    for before, after in itertools.pairwise(spans):
        assert after.end > before.end, f"{after} lies inside {before}"


@given(text=review_text)
@settings(max_examples=150, deadline=None)
def test_default_chunking_properties(text: str) -> None:
    # the parameters the index is really built with, on longer documents
    _check_spans(text * 3, ChunkParams())


# -- Discord formatting ------------------------------------------------------------------------------

anything = st.text(max_size=3000)  # arbitrary Unicode, may be empty or white space only
names = st.text(min_size=1, max_size=400)


def assert_embed_fits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= fmt.TITLE_LIMIT
    assert len(data.get("description", "")) <= fmt.DESCRIPTION_LIMIT
    fields = data.get("fields", [])
    assert len(fields) <= fmt.FIELD_COUNT_LIMIT
    for field in fields:
        assert 0 < len(field["name"]) <= fmt.FIELD_NAME_LIMIT
        assert 0 < len(field["value"]) <= fmt.FIELD_VALUE_LIMIT
    assert len(data.get("footer", {}).get("text", "")) <= fmt.FOOTER_LIMIT
    assert len(data.get("author", {}).get("name", "")) <= fmt.AUTHOR_LIMIT
    assert len(embed) <= fmt.EMBED_TOTAL_LIMIT


@given(text=anything, limit=st.integers(min_value=1, max_value=fmt.MESSAGE_LIMIT))
@settings(max_examples=300, deadline=None)
@example(text="x" * 5000, limit=fmt.MESSAGE_LIMIT)
@example(text=" \n\u200b ", limit=fmt.MESSAGE_LIMIT)
def test_message_content_is_never_empty_nor_over_the_limit(text: str, limit: int) -> None:
    content = fmt.plain(text, limit)
    assert 1 <= len(content) <= limit
    assert 1 <= len(fmt.plain(text)) <= fmt.MESSAGE_LIMIT


@given(
    title=names,
    year=st.one_of(st.none(), st.integers(min_value=1870, max_value=2100)),
    people=st.lists(st.tuples(names, st.one_of(st.none(), names)), max_size=300),
    genres=st.lists(names, max_size=50),
    director=st.one_of(st.none(), anything),
    verdict=st.one_of(st.none(), anything),
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_film_and_cast_cards_fit(
    title: str,
    year: int | None,
    people: list[tuple[str, str | None]],
    genres: list[str],
    director: str | None,
    verdict: str | None,
) -> None:
    film = Film(
        title,
        year,
        reviews=len(people),
        passages=len(people) * 3,
        director=director,
        cast=tuple(CastMember(a, c) for a, c in people),
        genres=tuple(genres),
    )
    assert_embed_fits(fmt.film_embed(film, verdict or None))
    assert_embed_fits(fmt.cast_embed(film))


@given(
    title=names,
    quote_pos=anything,
    quote_neg=anything,
    label=st.sampled_from(["positive", "negative", "mixed", "none"]),
)
@settings(max_examples=120, deadline=None)
def test_verdict_card_fits(title: str, quote_pos: str, quote_neg: str, label: str) -> None:
    film = FilmRef(title, 2001)
    summary = VerdictSummary(
        film,
        reviews=3,
        positive=2,
        negative=1,
        mixed=0,
        label=label,
        best_positive=ReviewVerdict("r1", "positive", 0.9, quote_pos * 3),
        best_negative=ReviewVerdict("r2", "negative", 0.1, quote_neg * 3),
    )
    assert_embed_fits(fmt.verdict_embed(summary, verdict_text(summary)))
    assert_embed_fits(fmt.verdict_embed(summary, text=quote_pos * 2 or "-"))


@given(
    skipped=st.lists(st.tuples(anything, anything), max_size=60),
    numbers=st.lists(st.integers(min_value=0, max_value=10**9), min_size=7, max_size=7),
    full=st.booleans(),
    stage=st.text(max_size=300),
    done=st.integers(min_value=0, max_value=10**9),
    total=st.integers(min_value=0, max_value=10**9),
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_reindex_messages_fit(
    skipped: list[tuple[str, str]], numbers: list[int], full: bool, stage: str, done: int, total: int
) -> None:
    films, reviews, chunks, added, updated, removed, unchanged = numbers
    report = BuildReport(
        films,
        reviews,
        chunks,
        added,
        updated,
        removed,
        unchanged,
        skipped=tuple(SkippedFile(p, e) for p, e in skipped),
        seconds=float(films),
    )
    text = fmt.report_text(report, full=full)
    assert 1 <= len(text) <= fmt.MESSAGE_LIMIT
    assert text.startswith("✅")  # the outcome line always survives trimming
    progress = fmt.progress_text(BuildProgress(stage, done, total), full=full)
    assert 1 <= len(fmt.plain(progress)) <= fmt.MESSAGE_LIMIT


@given(
    texts=st.lists(anything, min_size=4, max_size=4),
    counts=st.lists(st.integers(min_value=0, max_value=10**12), min_size=3, max_size=3),
    building=st.booleans(),
)
@settings(max_examples=80, deadline=None)
def test_status_card_fits(texts: list[str], counts: list[int], building: bool) -> None:
    films, reviews, passages = counts
    model, built_at, index_dir, version = texts
    status = IndexStatus(films, reviews, passages, model, built_at, index_dir, version)
    assert_embed_fits(fmt.status_embed(status, building=building))


@given(title=names, year=st.one_of(st.none(), st.integers(min_value=1870, max_value=2100)))
@settings(max_examples=200, deadline=None)
def test_autocomplete_choices_fit(title: str, year: int | None) -> None:
    label = fmt.choice_label(FilmRef(title, year))
    assert len(label) <= fmt.CHOICE_LIMIT
    if year is not None:
        assert label.endswith(f"({year})")  # the year, which tells remakes apart, is never cut
