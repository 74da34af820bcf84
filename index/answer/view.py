"""A read-only view over ONE index snapshot for the length of one question.

Handlers see only this protocol, so they can be tested over a small in-memory view without the model,
FAISS or SQLite (tests/helpers/memory_view.py). Per-film reads are cached for the question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from index.filmfacts import FilmFacts, merge
from index.people import PeopleIndex
from index.retrieval import hybrid_search
from index.titles import TitleIndex
from index.types import FilmRef, Hit, Passage, Review, ReviewVerdict


class View(Protocol):
    titles: TitleIndex

    def has(self, film: FilmRef) -> bool: ...
    def search(self, query: str, film: FilmRef | None = None, k: int = 5) -> list[Hit]: ...
    def passages(self, film: FilmRef) -> list[Passage]: ...
    def reviews(self, film: FilmRef) -> list[Review]: ...
    def facts(self, film: FilmRef) -> FilmFacts: ...
    def verdicts(self, film: FilmRef) -> list[ReviewVerdict]: ...
    def similarity(self, query: str, texts: list[str]) -> list[float]: ...
    def stories(self, query: str, k: int = 5) -> list[tuple[FilmRef, float]]: ...
    def idf(self, word: str) -> float: ...
    def doc_share(self, word: str) -> float: ...
    def people(self) -> PeopleIndex: ...


class SnapshotView:
    """The engine's view: one snapshot, the query encoder, per-question caches."""

    def __init__(
        self,
        snapshot: Any,
        encode: Callable[[str], np.ndarray],
        encode_many: Callable[[list[str]], np.ndarray] | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.titles: TitleIndex = snapshot.titles
        self._encode = encode
        self._encode_many = encode_many
        self._passages: dict[FilmRef, list[Passage]] = {}
        self._reviews: dict[FilmRef, list[Review]] = {}
        self._facts: dict[FilmRef, FilmFacts] = {}

    def has(self, film: FilmRef) -> bool:
        return film in self.snapshot.film_number

    def search(self, query: str, film: FilmRef | None = None, k: int = 5) -> list[Hit]:
        number = self.snapshot.film_number.get(film) if film is not None else None
        if film is not None and number is None:
            return []
        return hybrid_search(self.snapshot, query, self._encode(query), k, number)

    def passages(self, film: FilmRef) -> list[Passage]:
        if film not in self._passages:
            self._passages[film] = self.snapshot.film_passages(film)
        return self._passages[film]

    def reviews(self, film: FilmRef) -> list[Review]:
        if film not in self._reviews:
            self._reviews[film] = self.snapshot.film_reviews(film)
        return self._reviews[film]

    def facts(self, film: FilmRef) -> FilmFacts:
        if film not in self._facts:
            reviews = self.reviews(film)
            found = {r.review_id: self.snapshot.review_facts(r.review_id) for r in reviews}
            self._facts[film] = merge(film, reviews, found)
        return self._facts[film]

    def verdicts(self, film: FilmRef) -> list[ReviewVerdict]:
        return [v for r in self.reviews(film) if (v := self.snapshot.review_verdict(r.review_id)) is not None]

    def people(self) -> PeopleIndex:
        """Who each film credits, by full name (read once per index)."""
        people: PeopleIndex = self.snapshot.people()
        return people

    def idf(self, word: str) -> float:
        """How rare a word is across the index (BM25's IDF; the rarest for a word never indexed)."""
        return float(self.snapshot.idf_total(word))

    def doc_share(self, word: str) -> float:
        """The share of passages holding the word (0.0 for a word never indexed)."""
        return float(self.snapshot.doc_share(word))

    def stories(self, query: str, k: int = 5) -> list[tuple[FilmRef, float]]:
        """The films whose stories (index.chunking.story_document) are closest to the query, best first,
        each once with its best cosine."""
        found = self.snapshot.story_dense(np.asarray(self._encode(query), dtype=np.float32), 3 * k)
        passages = self.snapshot.passages_by_id([c for c, _ in found])
        best: dict[FilmRef, float] = {}
        for chunk, score in found:
            if chunk in passages:
                film = passages[chunk].film
                best[film] = max(score, best.get(film, score))
        return sorted(best.items(), key=lambda t: -t[1])[:k]

    def similarity(self, query: str, texts: list[str]) -> list[float]:
        """Cosine of the question with each text (normalised embeddings); zeros without an encoder."""
        if not texts or self._encode_many is None:
            return [0.0] * len(texts)
        vectors = np.asarray(self._encode_many(texts), dtype=np.float32)
        return [float(x) for x in vectors @ np.asarray(self._encode(query), dtype=np.float32).ravel()]
