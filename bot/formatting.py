"""Pure functions that turn engine results into Discord messages that fit Discord's limits.

Nothing here talks to Discord or the engine: every function takes plain values and returns text or a
`discord.Embed`, so the limits can be checked with property tests. Text is cut on a sentence boundary
when one is near, else on a word boundary with an ellipsis, never inside a word (unless a single
"word" is longer than the whole budget, e.g. a URL) and never to an empty string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import discord

from index import (
    Answer,
    BuildProgress,
    BuildReport,
    Credit,
    Film,
    FilmRef,
    Hit,
    IndexStatus,
    SourceWork,
    VerdictSummary,
    sentence_spans,
)

# Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
MESSAGE_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
CHOICE_LIMIT = 100  # autocomplete choice name and value
CHOICE_COUNT_LIMIT = 25

ELLIPSIS = "…"
EMPTY = "\u200b"  # what Discord shows as nothing; used only where text is required but there is none

COLOUR = discord.Colour(0xE5A00D)
COLOUR_ABSTAIN = discord.Colour(0x808891)
COLOUR_ERROR = discord.Colour(0xD83C3E)

#: starts the embed's author line that repeats the question (read back for feedback after a restart)
QUESTION_PREFIX = "❓ "

SNIPPET_CHARS = 300
MORE_SNIPPET_CHARS = 700

_SPACE = re.compile(r"\s+")
# Tokenised review text ("it 's", "does n't", "( the band )") read naturally once re-joined.
_SPACE_BEFORE = re.compile(r"\s+(?=[.,!?;:%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)")
_SPACE_AFTER = re.compile(r"(?<=[(\[{])\s+")


SENTENCE_END = ".!?…\"'”’)]"


def trim(text: str, limit: int, *, min_keep: float = 0.5) -> str:
    """`text` shortened to at most `limit` characters.

    Prefers the last sentence end that keeps at least `min_keep` of the budget; otherwise cuts at the
    last word boundary and adds an ellipsis. Whitespace at both ends is dropped first.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    text = text.strip()
    if len(text) <= limit:
        return text
    # Sentence boundary (the engine's sentence splitter): the cut text stays whole sentences, no
    # ellipsis needed.
    best = 0
    for _, end in sentence_spans(text):
        if end > limit:
            break
        if text[end - 1] in SENTENCE_END:  # a line break also ends a span, but is no full stop
            best = end
    if best and best >= limit * min_keep:
        return text[:best]
    budget = limit - len(ELLIPSIS)
    if budget < 1:
        return text[:limit]  # too small for words; only reachable with limit == 1
    # Word boundary: the last whitespace at or before `budget` (text[budget] being a space means
    # text[:budget] ends on a whole word).
    cut = -1
    for i in range(budget, 0, -1):
        if text[i].isspace():
            cut = i
            break
    if cut > 0:
        kept = text[:cut].rstrip()
        stripped = kept.rstrip(",;:–—-")
        if stripped:
            kept = stripped
        return kept + ELLIPSIS
    return text[:budget] + ELLIPSIS  # one "word" longer than the budget (a URL, say)


def trim_lines(lines: Iterable[str], limit: int, *, sep: str = "\n") -> str:
    """Join whole lines while they fit; the first line is trimmed if even it does not fit."""
    out: list[str] = []
    used = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        extra = len(line) + (len(sep) if out else 0)
        if used + extra > limit:
            if not out:
                out.append(trim(line, limit))
            break
        out.append(line)
        used += extra
    return sep.join(out)


def tidy(text: str) -> str:
    """Review text for display: tokenised spacing re-joined, whitespace collapsed, markdown escaped."""
    text = _SPACE.sub(" ", text).strip()
    text = _SPACE_BEFORE.sub("", text)
    text = _SPACE_AFTER.sub("", text)
    return discord.utils.escape_markdown(text)


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """A quotable piece of a passage: tidied, trimmed, in quotes; never empty."""
    body = trim(tidy(text), max(1, limit - 2))
    return f"“{body}”" if body else EMPTY


#: how many passages each cited review has, by review id (`Engine.passages_in_review`), for "passage N of M"
Lengths = Mapping[str, int]


def source_name(index: int, hit: Hit, lengths: Lengths | None = None) -> str:
    """A citation's heading, "[1] Alien (1979) · review alien-1979 · passage 2 of 3": passages are
    numbered within their review, from 1."""
    p = hit.passage
    total = lengths.get(p.review_id) if lengths else None
    where = f"passage {p.ordinal + 1}" + (f" of {total}" if total else "")
    return trim(f"[{index}] {p.film.label} · review {p.review_id} · {where}", FIELD_NAME_LIMIT)


def plain(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """Message content within the 2000-character limit (never empty)."""
    return trim(text, limit) or EMPTY


# -- embeds -----------------------------------------------------------------------------------------


def embed_size(embed: discord.Embed) -> int:
    """Characters that count towards the 6000 total (title, description, fields, footer, author)."""
    return len(embed)


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Enforce every embed limit in place and return the embed.

    Each part is trimmed to its own limit, empty fields are dropped, fields beyond 25 are dropped,
    then fields are dropped from the end and the description shortened until the total fits.
    """
    _trim_parts(embed)
    _trim_fields(embed)
    while embed_size(embed) > EMBED_TOTAL_LIMIT:
        _shrink(embed, embed_size(embed) - EMBED_TOTAL_LIMIT)
    return embed


def _trim_parts(embed: discord.Embed) -> None:
    if embed.title:
        embed.title = trim(embed.title, TITLE_LIMIT) or None
    if embed.description:
        embed.description = trim(embed.description, DESCRIPTION_LIMIT) or None
    if embed.footer.text:
        embed.set_footer(text=trim(embed.footer.text, FOOTER_LIMIT) or None, icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(
            name=trim(embed.author.name, AUTHOR_LIMIT), url=embed.author.url, icon_url=embed.author.icon_url
        )


def _trim_fields(embed: discord.Embed) -> None:
    fields = []
    for field in embed.fields:
        name = trim(field.name or "", FIELD_NAME_LIMIT)
        value = trim(field.value or "", FIELD_VALUE_LIMIT)
        if name and value:
            fields.append((name, value, bool(field.inline)))
    embed.clear_fields()
    for name, value, inline in fields[:FIELD_COUNT_LIMIT]:
        embed.add_field(name=name, value=value, inline=inline)


def _shrink(embed: discord.Embed, over: int) -> None:
    """One step towards the total limit: the description while it stays useful, then fields from the
    end, then what is left."""
    desc = embed.description or ""
    if len(desc) - over >= 500:
        embed.description = trim(desc, len(desc) - over)
    elif embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    elif desc:
        embed.description = trim(desc, max(1, len(desc) - over)) or None
    elif embed.footer.text:
        embed.set_footer(text=trim(embed.footer.text, max(1, len(embed.footer.text) - over)))
    else:
        embed.title = trim(embed.title or "", max(1, len(embed.title or "") - over)) or None


def answer_embed(answer: Answer, *, max_sources: int = 3, lengths: Lengths | None = None) -> discord.Embed:
    """The answer, the film, and the passages it cites (review + snippet)."""
    title = answer.film.label if answer.film else "filmbot"
    embed = discord.Embed(
        title=f"🎬 {title}",
        description=answer.answer.strip() or "I have no answer to that.",
        colour=COLOUR_ABSTAIN if answer.abstained else COLOUR,
    )
    question = " ".join(answer.question.split())
    if question:
        embed.set_author(name=trim(QUESTION_PREFIX + question, AUTHOR_LIMIT))
    for i, hit in enumerate(answer.sources[:max_sources], start=1):
        embed.add_field(name=source_name(i, hit, lengths), value=snippet(hit.passage.text), inline=False)
    footer = []
    if answer.choices:
        footer.append("Pick the film below")
    elif answer.abstained:
        footer.append("Not sure: the reviews I have don't say")
    elif answer.sources:
        reviews = len({h.passage.review_id for h in answer.sources})
        footer.append(f"From {reviews} review{'s' if reviews != 1 else ''}")
        footer.append(f"confidence {answer.confidence:.0%}")
    if len(answer.sources) > max_sources:
        footer.append(f"{len(answer.sources) - max_sources} more source(s): see “More sources”")
    if footer:
        embed.set_footer(text=" · ".join(footer))
    return fit_embed(embed)


def sources_embed(answer: Answer, *, limit: int = 10, lengths: Lengths | None = None) -> discord.Embed:
    """Every cited passage with a longer snippet (the "More sources" button)."""
    embed = discord.Embed(
        title=f"Sources · {answer.film.label if answer.film else 'your question'}",
        description=f"Question: {trim(answer.question, 300)}",
        colour=COLOUR,
    )
    for i, hit in enumerate(answer.sources[:limit], start=1):
        embed.add_field(
            name=source_name(i, hit, lengths),
            value=snippet(hit.passage.text, MORE_SNIPPET_CHARS),
            inline=False,
        )
    if not answer.sources:
        embed.description = (embed.description or "") + "\nThis answer cites no passages."
    return fit_embed(embed)


def search_embed(
    query: str, hits: Sequence[Hit], film: FilmRef | None = None, lengths: Lengths | None = None
) -> discord.Embed:
    where = f" in {film.label}" if film else ""
    embed = discord.Embed(title=f"🔎 {query}{where}", colour=COLOUR)
    if not hits:
        embed.description = "No passage matches that."
    for i, hit in enumerate(hits, start=1):
        embed.add_field(name=source_name(i, hit, lengths), value=snippet(hit.passage.text), inline=False)
    return fit_embed(embed)


def verdict_embed(summary: VerdictSummary, text: str) -> discord.Embed:
    """A film's verdict: `text` is the engine's wording (`index.verdict_text`), then the quotes."""
    embed = discord.Embed(
        title=f"⚖️ {summary.film.label}",
        description=text,
        colour=COLOUR,
    )
    shown = embed.description or ""
    for name, verdict in (
        ("👍 Most positive", summary.best_positive),
        ("👎 Most negative", summary.best_negative),
    ):
        if verdict is not None and verdict.quote.strip() and verdict.quote.strip() not in shown:
            embed.add_field(name=name, value=snippet(verdict.quote), inline=False)
    return fit_embed(embed)


def _credit_text(credit: Credit, *, part: bool = True) -> str:
    """One person of the card, with the part they play; a fact read from one weak construction is
    phrased as what the review mentions, not stated as certain."""
    from index import CARD_CONFIDENT, part_label

    name = discord.utils.escape_markdown(credit.person)
    played = part_label(credit) if part and credit.role == "cast" else None
    text = f"{name} as {discord.utils.escape_markdown(played)}" if played else name
    return text if credit.confidence >= CARD_CONFIDENT else f"the review mentions {text}"


def cast_lines(film: Film, limit: int | None = None) -> list[str]:
    """The cast, one line per actor with the part: merged credits when the card has them."""
    if film.credits:
        credits = film.credits if limit is None else film.credits[:limit]
        return [_credit_text(c) for c in credits]
    members = film.cast if limit is None else film.cast[:limit]
    return [discord.utils.escape_markdown(m.label()) for m in members]


def _crew_value(credits: Sequence[Credit], fallback: str | None) -> str:
    if credits:
        return "; ".join(_credit_text(c, part=False) for c in credits)
    return discord.utils.escape_markdown(fallback) if fallback else "not in the reviews"


def _source_text(source: SourceWork) -> str:
    from index import CARD_CONFIDENT

    kind = f"the {source.kind} " if source.kind and source.kind not in {"true story", "life"} else ""
    by = f" by {source.author}" if source.author else ""
    text = discord.utils.escape_markdown(f"{kind}{source.title}{by}")
    return text if source.confidence >= CARD_CONFIDENT else f"the review mentions {text}"


def film_embed(film: Film, verdict: str | None = None) -> discord.Embed:
    """The film card: year, director(s), writer(s), cast with their parts, source work, number of
    reviews and verdict summary, as the reviews and their front matter give them."""
    embed = discord.Embed(title=f"🎬 {film.ref.label}", colour=COLOUR)
    if film.genres:
        embed.description = ", ".join(film.genres)
    embed.add_field(name="Year", value=str(film.year) if film.year else "unknown", inline=True)
    directors = "Directors" if len(film.directors) > 1 else "Director"
    embed.add_field(name=directors, value=_crew_value(film.directors, film.director), inline=True)
    if film.writers:
        writers = "Writers" if len(film.writers) > 1 else "Writer"
        embed.add_field(name=writers, value=_crew_value(film.writers, None), inline=True)
    embed.add_field(name="Reviews", value=str(film.reviews), inline=True)
    cast = trim_lines(cast_lines(film), FIELD_VALUE_LIMIT)
    embed.add_field(name="Cast", value=cast or "not listed in the reviews I have", inline=False)
    if film.source is not None:
        embed.add_field(name="Based on", value=_source_text(film.source), inline=False)
    if verdict is None and film.verdict is not None:
        from index import verdict_text

        verdict = verdict_text(film.verdict)
    embed.add_field(name="Verdict", value=verdict or "no verdict yet", inline=False)
    cited = sorted({c.review_id for c in (*film.directors, *film.writers, *film.credits) if c.review_id})
    if cited:
        embed.set_footer(text="From review" + ("s " if len(cited) > 1 else " ") + ", ".join(cited))
    return fit_embed(embed)


def cast_embed(film: Film) -> discord.Embed:
    """/cast: every actor with the part the reviews give them (and how sure that reading is)."""
    embed = discord.Embed(title=f"🎭 Cast of {film.ref.label}", colour=COLOUR)
    embed.description = trim_lines(cast_lines(film), DESCRIPTION_LIMIT) or None
    cited = sorted({c.review_id for c in film.credits if c.review_id})
    if cited:
        embed.set_footer(text="From review" + ("s " if len(cited) > 1 else " ") + ", ".join(cited))
    return fit_embed(embed)


def status_embed(status: IndexStatus, *, building: bool = False) -> discord.Embed:
    embed = discord.Embed(title="📚 filmbot index", colour=COLOUR)
    embed.add_field(name="Films", value=f"{status.films:,}", inline=True)
    embed.add_field(name="Reviews", value=f"{status.reviews:,}", inline=True)
    embed.add_field(name="Passages", value=f"{status.passages:,}", inline=True)
    embed.add_field(name="Model", value=status.model or "unknown", inline=False)
    embed.add_field(name="Last reindex", value=status.built_at or "never", inline=True)
    embed.add_field(name="Version", value=status.version or "none", inline=True)
    if building:
        embed.set_footer(text="A reindex is running; answers come from the current index meanwhile.")
    return fit_embed(embed)


_STAGES = {
    "loading": "Reading the corpus",
    "embedding": "Embedding passages",
    "annotating": "Reading facts and verdicts",
    "writing": "Writing the index",
}


def _pace(progress: BuildProgress) -> str:
    """The pace, e.g. ' · 85 passages/s, about 4 min left' (what the CLI's progress bar shows too)."""
    rate = getattr(progress, "rate", 0.0) or 0.0
    if rate <= 0 or progress.done >= progress.total:
        return ""
    eta = getattr(progress, "eta_s", None)
    left = ""
    if eta is not None:
        left = (
            f", about {max(1, round(eta / 60))} min left"
            if eta >= 90
            else f", about {max(1, round(eta))} s left"
        )
    return f" · {rate:,.0f} passages/s{left}"


def progress_text(progress: BuildProgress | None, *, full: bool) -> str:
    kind = "Full rebuild" if full else "Reindex"
    if progress is None:
        return f"⏳ {kind} started…"
    if progress.stage == "done":
        return f"⏳ {kind}: finishing…"
    stage = _STAGES.get(progress.stage, progress.stage.capitalize())
    if progress.total:
        pct = min(100, round(100 * progress.done / progress.total))
        return f"⏳ {kind}: {stage} — {progress.done:,}/{progress.total:,} ({pct}%){_pace(progress)}"
    return f"⏳ {kind}: {stage}…"


def report_text(report: BuildReport, *, full: bool, max_skipped: int = 10) -> str:
    """The admin's summary of a finished build, including which files were skipped and why."""
    kind = "Full rebuild" if full else "Reindex"
    lines = [
        f"✅ {kind} done in {report.seconds:.1f} s: {report.films:,} films, {report.reviews:,} reviews, "
        f"{report.chunks:,} passages.",
        f"Added {report.added}, updated {report.updated}, removed {report.removed}, "
        f"unchanged {report.unchanged}.",
    ]
    if report.skipped:
        lines.append(f"⚠️ Skipped {len(report.skipped)} file(s):")
        for skipped in report.skipped[:max_skipped]:
            lines.append(f"• `{skipped.path}`: {skipped.error}")
        if len(report.skipped) > max_skipped:
            lines.append(f"…and {len(report.skipped) - max_skipped} more (see the bot's log).")
    return trim_lines(lines, MESSAGE_LIMIT)


def choice_label(film: FilmRef) -> str:
    """`film.label` within Discord's 100 characters (autocomplete choices, select options): the title
    is shortened, the year kept."""
    if len(film.label) <= CHOICE_LIMIT:
        return film.label
    year = film.label[len(film.title) :]  # " (1999)", or "" without a year
    return trim(film.title, CHOICE_LIMIT - len(year)) + year
