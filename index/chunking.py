"""Cut a review into passages on sentence boundaries, with overlap.

A passage is a span [start, end) of the review text, so the text shown to a user is exactly what the
critic wrote. The text that gets embedded and BM25-indexed is prefixed with the film's title and year
(`passage_document`), which makes a passage findable by title even when it only says "the film".
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from index.making import tells_a_story
from index.textutil import paragraph_starts, sentence_spans
from index.types import FilmRef

_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class ChunkParams:
    # Chosen by benchmarks/chunk_sizes.py (238 held-out sentences of real reviews, dense retrieval):
    # the passage around a removed sentence ranked first for 7 % at 70 words, 9 % at 100, 10 % at 120
    # and 14 % at 150, and the right review first for 35/34/34/37 %. 150 words (≈ 200 word pieces with
    # the title) is the largest size that still fits MiniLM's 256-token window.
    max_words: int = 150
    overlap_words: int = 45  # carry at most this many words of trailing sentences into the next passage
    min_words: int = 75  # a paragraph break only ends a passage that is at least this long

    def to_json(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # finditer with pos/endpos reports offsets into the whole string already
    return [(m.start(), m.end()) for m in _WORDS.finditer(text, start, end)]


def _units(text: str, params: ChunkParams) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, words); a sentence longer than max_words is cut into word windows."""
    units: list[tuple[int, int, int]] = []
    for start, end in sentence_spans(text):
        words = _word_spans(text, start, end)
        if len(words) <= params.max_words:
            units.append((start, end, len(words)))
            continue
        for i in range(0, len(words), params.max_words):
            window = words[i : i + params.max_words]
            units.append((window[0][0], window[-1][1], len(window)))
    return units


def chunk_spans(text: str, params: ChunkParams | None = None) -> list[Span]:
    """Passages as spans. Guarantees: every non-space character lies in some passage; no passage has
    more than `max_words` words; consecutive passages share at most `overlap_words` words."""
    params = params or ChunkParams()
    units = _units(text, params)
    if not units:
        return []
    paragraphs = paragraph_starts(text)
    spans: list[Span] = []
    i = 0
    while i < len(units):
        first = i
        words = 0
        while i < len(units) and words + units[i][2] <= params.max_words:
            # End at a paragraph break once the passage is long enough: keeps topics apart.
            if i > first and words >= params.min_words and _starts_paragraph(text, units[i][0], paragraphs):
                break
            words += units[i][2]
            i += 1
        if i == first:  # cannot happen (units are ≤ max_words) but never loop forever
            i += 1
        spans.append(Span(units[first][0], units[i - 1][1]))
        if i >= len(units):
            break
        # Overlap: step back over trailing sentences that fit in overlap_words, keeping progress.
        back, carried = i, 0
        # The carried words plus the next sentence must fit, or the next passage would repeat a piece
        # of this one and add nothing.
        while (
            back - 1 > first
            and carried + units[back - 1][2] <= params.overlap_words
            and carried + units[back - 1][2] + units[i][2] <= params.max_words
        ):
            back -= 1
            carried += units[back][2]
        if back < i and not _starts_paragraph(text, units[i][0], paragraphs):
            i = back
    return spans


def _starts_paragraph(text: str, offset: int, paragraphs: set[int]) -> bool:
    if offset in paragraphs:
        return True
    # paragraph_starts gives the offset after the blank line; leading spaces may sit between.
    j = offset
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j in paragraphs


# what story_document keeps, by version (1: the text without its opening, unnamed): an index whose
# stories were told otherwise tells them again
STORY_TEXT = "story-sentences-2"


def story_document(text: str) -> str:
    """What gets embedded as a review's story: its sentences that tell one, without the opening sentence,
    which names the film, its year, makers and stars ("Up Pops the Devil is a 1931 American pre-Code
    comedy …"): a question telling that film's story scored cosine 0.82 against its story sentence alone
    and 0.22 against the same sentence after that opening. Sentences about the making or the film's
    record are left out too: "It stars Alexandra Daddario and Diego Boneta" is no story a user tells.
    A text of one sentence is its own story; a longer one that tells none has none ("")."""
    spans = list(sentence_spans(text))
    if len(spans) < 2:
        return text.strip()
    told = (text[start:end].strip() for start, end in spans[1:])
    return " ".join(s for s in told if tells_a_story(s))


def passage_document(title: str, year: int | None, text: str) -> str:
    """What gets embedded/BM25-indexed for a passage: title and year first, then the passage."""
    return f"{FilmRef(title, year).label}. {text}"
