"""`filmbot film TITLE [--json]`: one film's card — what its reviews and front matter say about it."""

from __future__ import annotations

import argparse
from typing import Any

from filmbot.commands._common import add_index_option, count, emit_json, open_engine
from index import CARD_CONFIDENT, Credit, Film, part_label, verdict_text


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "film", help="a film's card: director, writers, cast and parts, source, reviews, verdict"
    )
    parser.add_argument("title", metavar="TITLE", help='the film, e.g. "The Runaways" or "Heat (1995)"')
    add_index_option(parser)
    parser.add_argument("--json", action="store_true", help="print the card as one JSON object (see README)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_engine(args)
    film = engine.film(args.title)
    if args.json:
        emit_json(film.to_json())
        return 0
    # a film without verdicts: the engine's sentence says why (its summaries report no reception, …)
    missing = verdict_text(engine.verdict(film.ref)) if film.verdict is None else None
    print("\n".join(card_lines(film, missing)))
    return 0


def _who(credit: Credit) -> str:
    """A name, hedged when only one weak reading supports it."""
    where = f" (review {credit.review_id})" if credit.review_id else ""
    if credit.confidence < CARD_CONFIDENT:
        return f"{credit.person} — the review mentions this{where}"
    return credit.person + where


def _cast_line(credit: Credit) -> str:
    part = part_label(credit)
    where = f"  (review {credit.review_id})" if credit.review_id else ""
    said = credit.person + (f" as {part}" if part else "")
    return (
        f"  the review mentions {said}{where}" if credit.confidence < CARD_CONFIDENT else f"  {said}{where}"
    )


def card_lines(film: Film, no_verdict: str | None = None) -> list[str]:
    """The card as text; `no_verdict`: what to say when the film has no verdict."""
    lines = [film.ref.label]
    if film.genres:
        lines.append(", ".join(film.genres))
    for label, credits in (("Director", film.directors), ("Writer", film.writers)):
        if credits:
            plural = "s" if len(credits) > 1 else ""
            lines.append(f"{label}{plural}: " + "; ".join(_who(c) for c in credits))
        else:
            lines.append(f"{label}: not in the reviews")
    lines.extend(
        ["Cast:", *(_cast_line(c) for c in film.credits)] if film.credits else ["Cast: not in the reviews"]
    )
    source = film.source
    if source is not None:
        kind = f"the {source.kind} " if source.kind and source.kind not in {"true story", "life"} else ""
        by = f" by {source.author}" if source.author else ""
        lines.append(f"Based on: {kind}{source.title}{by}  (review {source.review_id})")
    lines.append(f"Reviews: {count(film.reviews, 'review')}, {count(film.passages, 'passage')}")
    verdict = film.verdict
    if verdict is not None and verdict.reviews:
        parts = [f"{verdict.positive} positive", f"{verdict.negative} negative"]
        if verdict.mixed:
            parts.append(f"{verdict.mixed} mixed")
        lines.append(f"Verdict: {verdict.label} ({', '.join(parts)})")
    else:
        lines.append(f"Verdict: {no_verdict or 'none'}")
    return lines
