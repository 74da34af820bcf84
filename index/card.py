"""The film card: one film's credits, source and verdict as its reviews and front matter give them.

One builder for `Engine.film()`, `Engine.films(cards=True)`, `filmbot film`, `filmbot films --json`
and the bot's /film and /cast, so they never disagree with each other or with `/ask` (which reads
the same merged facts, `index.filmfacts.merge`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from index.filmfacts import merge
from index.types import (
    SUMMARY,
    CastMember,
    Credit,
    Film,
    FilmRef,
    Review,
    ReviewFacts,
    ReviewVerdict,
    part_label,
)


def unreported(reviews: Sequence[Review], verdicts: Sequence[ReviewVerdict]) -> int:
    """How many of these summaries report no reception (a summary's only verdict is the one it
    reports: index.annotate)."""
    judged = {v.review_id for v in verdicts}
    return sum(r.kind == SUMMARY and r.review_id not in judged for r in reviews)


def cast_by_person(cast: Sequence[Credit]) -> tuple[Credit, ...]:
    """One credit per actor, in the merged order (best supported first): the part with a named
    character when there is one, completed with a description ("Kim Fowley", "producer") from the
    actor's other credits; confidence is the best of them."""
    by_person: dict[str, list[Credit]] = {}
    for credit in cast:
        by_person.setdefault(credit.person, []).append(credit)
    out: list[Credit] = []
    for credits in by_person.values():
        best = next((c for c in credits if c.character), credits[0])
        if best.description is None:
            described = next((c for c in credits if c.description), None)
            if described is not None:
                best = replace(best, description=described.description, of=described.of)
        out.append(replace(best, confidence=max(c.confidence for c in credits)))
    return tuple(out)


def build_card(
    film: FilmRef,
    passages: int,
    review_ids: tuple[str, ...],
    reviews: Sequence[Review],
    facts: Mapping[str, ReviewFacts],
    verdicts: Sequence[ReviewVerdict],
) -> Film:
    from index.verdict import aggregate

    merged = merge(film, reviews, facts)
    credits = cast_by_person(merged.cast)
    genres: list[str] = []
    for review in reviews:
        genres.extend(g for g in review.genres if g not in genres)
    return Film(
        title=film.title,
        year=film.year,
        reviews=len(review_ids),
        passages=passages,
        director=merged.directors[0].person if merged.directors else None,
        cast=tuple(CastMember(c.person, part_label(c)) for c in credits),
        genres=tuple(genres),
        review_ids=review_ids,
        directors=merged.directors,
        writers=merged.writers,
        credits=credits,
        sources=merged.sources,
        verdict=aggregate(film, list(verdicts), unreported=unreported(reviews, verdicts))
        if verdicts
        else None,
        card=True,
    )
