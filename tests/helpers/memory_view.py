"""A small in-memory view of an index for handler tests: no model, no FAISS, no SQLite.

Search is word overlap (with a fake cosine), which is all a handler needs to be exercised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from index.filmfacts import FilmFacts, merge
from index.people import PeopleIndex
from index.textutil import tokens
from index.titles import TitleIndex
from index.types import FilmRef, Hit, Passage, Review, ReviewFacts, ReviewVerdict


@dataclass
class MemoryView:
    reviews_by_film: dict[FilmRef, list[Review]]
    facts_by_review: dict[str, ReviewFacts] = field(default_factory=dict)
    verdicts_by_review: dict[str, ReviewVerdict] = field(default_factory=dict)
    #: what the index's story vectors would say (films and cosines, best first): set by the tests of
    #: them (a cosine faked from a few words would tell films apart far more sharply than the model)
    told_by_stories: list[tuple[FilmRef, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.titles = TitleIndex(list(self.reviews_by_film))
        self._passages: dict[FilmRef, list[Passage]] = {}
        chunk = 0
        for film, reviews in self.reviews_by_film.items():
            out = []
            for review in reviews:
                for i, para in enumerate(p for p in review.text.split("\n\n") if p.strip()):
                    out.append(
                        Passage(chunk, review.review_id, film.title, film.year, para.strip(), ordinal=i)
                    )
                    chunk += 1
            self._passages[film] = out

    def has(self, film: FilmRef) -> bool:
        return film in self.reviews_by_film

    def search(self, query: str, film: FilmRef | None = None, k: int = 5) -> list[Hit]:
        words = set(re.findall(r"\w+", query.lower()))
        scored = []
        for f, passages in self._passages.items():
            if film is not None and f != film:
                continue
            for p in passages:
                overlap = len(words & set(re.findall(r"\w+", p.text.lower())))
                if overlap:
                    cosine = overlap / (len(words) or 1)
                    scored.append(Hit(p, score=cosine, dense=cosine, bm25=float(overlap)))
        scored.sort(key=lambda h: -h.score)
        return scored[:k]

    def passages(self, film: FilmRef) -> list[Passage]:
        return self._passages.get(film, [])

    def reviews(self, film: FilmRef) -> list[Review]:
        return self.reviews_by_film.get(film, [])

    def facts(self, film: FilmRef) -> FilmFacts:
        return merge(film, self.reviews(film), self.facts_by_review)

    def verdicts(self, film: FilmRef) -> list[ReviewVerdict]:
        return [v for r in self.reviews(film) if (v := self.verdicts_by_review.get(r.review_id))]

    def idf(self, word: str) -> float:
        return 1.0

    def people(self) -> PeopleIndex:
        return PeopleIndex.of_reviews(
            (r for reviews in self.reviews_by_film.values() for r in reviews), self.facts_by_review
        )

    def doc_share(self, word: str) -> float:
        if not tokens(word):
            return 0.0  # a stop word, which the index does not keep (as the snapshot's BM25)
        passages = [p for ps in self._passages.values() for p in ps]
        held = sum(1 for p in passages if word.lower() in re.findall(r"\w+", p.text.lower()))
        return held / len(passages) if passages else 0.0

    def similarity(self, query: str, texts: list[str]) -> list[float]:
        words = set(re.findall(r"\w+", query.lower()))
        return [len(words & set(re.findall(r"\w+", t.lower()))) / (len(words) or 1) for t in texts]

    def stories(self, query: str, k: int = 5) -> list[tuple[FilmRef, float]]:
        return self.told_by_stories[:k]


def review(title: str, year: int | None, text: str, review_id: str | None = None, **meta: object) -> Review:
    rid = review_id or f"{title.lower().replace(' ', '-')}-{year}"
    return Review(rid, title, year, text, content_hash=rid, source_path=rid, **meta)  # type: ignore[arg-type]


def view_of(reviews: Iterable[Review], facts: dict[str, ReviewFacts] | None = None) -> MemoryView:
    by_film: dict[FilmRef, list[Review]] = {}
    for r in reviews:
        by_film.setdefault(r.film, []).append(r)
    return MemoryView(by_film, facts or {})
