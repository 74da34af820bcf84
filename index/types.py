"""Frozen dataclasses that cross module boundaries (and the bot/engine boundary)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CastMember:
    actor: str
    character: str | None = None

    def label(self) -> str:
        return f"{self.actor} as {self.character}" if self.character else self.actor


@dataclass(frozen=True)
class FilmRef:
    """A film is identified by (title, year)."""

    title: str
    year: int | None = None

    @property
    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "year": self.year}


#: what a corpus text is: a critic's review (judged by the verdict model) or a summary of the film
#: (an encyclopedia extract, a plot summary: its verdict is only the reception it reports)
REVIEW = "review"
SUMMARY = "summary"
TEXT_KINDS = (REVIEW, SUMMARY)


@dataclass(frozen=True)
class Review:
    """One document of the corpus: a review (or summary) of one film; `kind` says which."""

    review_id: str
    title: str
    year: int | None
    text: str
    content_hash: str
    source_path: str
    director: str | None = None
    writer: str | None = None
    cast: tuple[CastMember, ...] = ()
    genres: tuple[str, ...] = ()
    reviewer: str | None = None
    source: str | None = None
    verdict: str | None = None
    kind: str = REVIEW  # REVIEW or SUMMARY

    @property
    def film(self) -> FilmRef:
        return FilmRef(self.title, self.year)

    @property
    def credited(self) -> tuple[str, ...]:
        """The people its front matter credits: the cast, the director, the writer."""
        return (*(c.actor for c in self.cast), *(p for p in (self.director, self.writer) if p))


@dataclass(frozen=True)
class SkippedFile:
    path: str
    error: str

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error}


@dataclass(frozen=True)
class Passage:
    chunk_id: int
    review_id: str
    title: str
    year: int | None
    text: str
    ordinal: int = 0  # position of the passage within its review (story order)
    start: int = 0  # character offsets into the review text
    end: int = 0

    @property
    def film(self) -> FilmRef:
        return FilmRef(self.title, self.year)


@dataclass(frozen=True)
class Hit:
    """A passage with the figures that brought it here, each under its own name."""

    passage: Passage
    score: float = 0.0  # retrieval: 0.4·cosine + 0.6·BM25/IDF of the query (0 when cited, not searched)
    dense: float | None = None  # cosine similarity of query and passage, when known
    bm25: float | None = None  # raw BM25 score, when the passage matched a query word
    support: float | None = None  # how strongly the passage supports the answer it is cited for

    def to_json(self) -> dict[str, Any]:
        p = self.passage
        return {
            "title": p.title,
            "year": p.year,
            "review_id": p.review_id,
            "chunk_id": p.chunk_id,
            "ordinal": p.ordinal,
            "text": p.text,
            "score": round(self.score, 6),
            "support": None if self.support is None else round(self.support, 4),
        }


@dataclass(frozen=True)
class ReviewVerdict:
    review_id: str
    label: str  # positive | negative | mixed
    probability: float  # P(positive), calibrated
    quote: str  # the most verdict-like sentence


@dataclass(frozen=True)
class VerdictSummary:
    film: FilmRef
    reviews: int
    positive: int
    negative: int
    mixed: int
    label: str  # positive | negative | mixed | none
    best_positive: ReviewVerdict | None = None
    best_negative: ReviewVerdict | None = None
    verdicts: tuple[ReviewVerdict, ...] = ()
    unreported: int = 0  # the film's summaries that report no reception (they have no verdict)


#: below this confidence a fact is shown as what a review mentions, not as a fact
CARD_CONFIDENT = 0.6


@dataclass(frozen=True)
class Film:
    """A film of the index; as a card (`Engine.film`) also what its reviews and front matter say.

    Card fields are merged across reviews (`index.filmfacts`): `directors` and `writers` one credit
    per person, `credits` one cast credit per actor (the best-supported part: a named character
    and/or a description such as "mother" with `of` whose), each with its confidence and the review
    and sentence it was read from. `director` and `cast` are the same facts in the older, plain form.
    """

    title: str
    year: int | None
    reviews: int
    passages: int
    director: str | None = None
    cast: tuple[CastMember, ...] = ()
    genres: tuple[str, ...] = ()
    review_ids: tuple[str, ...] = ()
    directors: tuple[Credit, ...] = ()
    writers: tuple[Credit, ...] = ()
    credits: tuple[Credit, ...] = ()
    sources: tuple[SourceWork, ...] = ()  # best first
    verdict: VerdictSummary | None = None
    card: bool = False  # True when the card fields were filled in (a film list leaves them empty)

    @property
    def ref(self) -> FilmRef:
        return FilmRef(self.title, self.year)

    @property
    def source(self) -> SourceWork | None:
        return self.sources[0] if self.sources else None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "year": self.year,
            "reviews": self.reviews,
            "passages": self.passages,
        }
        if not self.card:
            return data
        source = self.source
        verdict = self.verdict
        data.update(
            {
                "director": self.director,
                "directors": [_person_json(c) for c in self.directors],
                "writers": [_person_json(c) for c in self.writers],
                "cast": [_person_json(c) for c in self.credits],
                "source": source.to_json() if source else None,
                "genres": list(self.genres),
                "verdict": None
                if verdict is None
                else {
                    "label": verdict.label,
                    "reviews": verdict.reviews,
                    "positive": verdict.positive,
                    "negative": verdict.negative,
                    "mixed": verdict.mixed,
                },
            }
        )
        return data


def part_label(credit: Credit) -> str | None:
    """The part a cast credit names: "Joan Jett", "Marie, Cherie Currie's sister", "Cherie Currie's
    mother", "the villain"."""
    if credit.character and credit.description and credit.of:
        return f"{credit.character}, {credit.of}'s {credit.description}"
    if credit.character:
        return credit.character
    if credit.description:
        return f"{credit.of}'s {credit.description}" if credit.of else f"the {credit.description}"
    return None


def _person_json(credit: Credit) -> dict[str, Any]:
    data: dict[str, Any] = {"name": credit.person}
    if credit.role == "cast":
        data.update(
            {
                "character": credit.character,
                "description": credit.description,
                "of": credit.of,
                "part": part_label(credit),
            }
        )
    data.update(
        {
            "confidence": round(credit.confidence, 4),
            "confident": credit.confidence >= CARD_CONFIDENT,
            "review_id": credit.review_id or None,
            "evidence": credit.evidence or None,
            "how": credit.how,
        }
    )
    return data


@dataclass(frozen=True)
class TitleMatch:
    query: str
    film: FilmRef | None  # the resolved film, None when nothing matched or it is ambiguous
    candidates: tuple[FilmRef, ...] = ()  # best first
    score: float = 0.0  # 0..100
    ambiguous: bool = False


@dataclass(frozen=True)
class Conversation:
    """What a conversation is about so far: the film, and the last question's kind and subject.

    Frozen: a Discord reply chain may branch, so each answer carries the state that follows it
    (`Answer.conversation`), and the caller keeps whichever it needs. Used alike by `filmbot chat`
    and by the bot's threads and reply chains.
    """

    film: FilmRef | None = None
    kind: str | None = None
    subject: str | None = None
    subject_role: str | None = None  # "character" (who plays X) or "actor" (whom does X play)
    #: the films the last answer asked to choose from ("king kong" → 1933, 2005): "the 2005 one" picks
    choices: tuple[FilmRef, ...] = ()
    #: the films talked about before this one, latest first: "back to requiem" is Requiem for a Dream
    earlier: tuple[FilmRef, ...] = ()
    #: the title the last question named that we lack, as typed ("toy story 3"): "what about the first
    #: one", "the 1984 one" asks of the films we have of that title
    lacked: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "film": self.film.to_json() if self.film else None,
            "kind": self.kind,
            "subject": self.subject,
            "subject_role": self.subject_role,
            "choices": [c.to_json() for c in self.choices],
            "earlier": [f.to_json() for f in self.earlier],
            "lacked": self.lacked,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Conversation:
        film = data.get("film")
        return cls(
            film=FilmRef(film["title"], film.get("year")) if isinstance(film, Mapping) else None,
            kind=data.get("kind"),
            subject=data.get("subject"),
            subject_role=data.get("subject_role"),
            choices=tuple(
                FilmRef(c["title"], c.get("year"))
                for c in data.get("choices") or ()
                if isinstance(c, Mapping)
            ),
            earlier=tuple(
                FilmRef(c["title"], c.get("year"))
                for c in data.get("earlier") or ()
                if isinstance(c, Mapping)
            ),
            lacked=data["lacked"] if isinstance(data.get("lacked"), str) else None,
        )


@dataclass(frozen=True)
class Answer:
    question: str
    kind: str  # cast | director | writer | source | plot | verdict | search
    answer: str  # exactly the text a user sees
    film: FilmRef | None
    abstained: bool
    confidence: float
    sources: tuple[Hit, ...] = ()
    verdict: VerdictSummary | None = None
    #: when the question's title could mean several films: the films to choose from (ask again with
    #: `film=` one of them); empty otherwise
    choices: tuple[FilmRef, ...] = ()
    #: the conversation after this answer: pass it as `context` with the next question
    conversation: Conversation = field(default_factory=Conversation)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": self.kind,
            "answer": self.answer,
            "film": self.film.to_json() if self.film else None,
            "abstained": self.abstained,
            "confidence": round(self.confidence, 4),
            "sources": [h.to_json() for h in self.sources],
            "choices": [c.to_json() for c in self.choices],
        }


@dataclass(frozen=True)
class BuildProgress:
    stage: str  # loading | embedding | annotating | writing | done
    done: int
    total: int
    rate: float = 0.0  # items (passages) per second in this stage so far
    eta_s: float | None = None  # seconds left in this stage at that rate


@dataclass(frozen=True)
class BuildReport:
    films: int
    reviews: int
    chunks: int
    added: int
    updated: int
    removed: int
    unchanged: int
    skipped: tuple[SkippedFile, ...] = ()
    seconds: float = 0.0
    version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "films": self.films,
            "reviews": self.reviews,
            "chunks": self.chunks,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": [s.to_json() for s in self.skipped],
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class IndexStatus:
    films: int
    reviews: int
    passages: int
    model: str
    built_at: str
    index_dir: str
    version: str
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------- facts
@dataclass(frozen=True)
class Credit:
    """One person's part in a film, as one review states it (or its front matter).

    `character` is a role's name as written ("Joan Jett", "Marie"); `description` a role described
    rather than named ("mother", "dutiful sister", "the villain"); `of` whose relative or partner the
    description is ("Cherie Currie" for "Currie's father" or, resolved, "her mother").
    """

    person: str
    role: str  # cast | director | writer | producer | ...
    character: str | None = None
    description: str | None = None
    of: str | None = None
    evidence: str = ""  # the sentence it was read from; "" for front matter
    review_id: str = ""
    how: str = ""  # credits (front matter) | paren | as | plays | stars | by | noun | dep
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "role": self.role,
            "character": self.character,
            "description": self.description,
            "of": self.of,
            "evidence": self.evidence,
            "review_id": self.review_id,
            "how": self.how,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Credit:
        return cls(
            person=str(data["person"]),
            role=str(data["role"]),
            character=data.get("character"),
            description=data.get("description"),
            of=data.get("of"),
            evidence=str(data.get("evidence") or ""),
            review_id=str(data.get("review_id") or ""),
            how=str(data.get("how") or ""),
            confidence=float(data.get("confidence", 0.5)),
        )


@dataclass(frozen=True)
class SourceWork:
    """The work a film is based on: "the book Neon Angel: The Cherrie Currie Story by Cherrie Currie"."""

    title: str
    author: str | None = None
    kind: str | None = None  # novel | memoir | play | book | short story | article | comic | ...
    evidence: str = ""
    review_id: str = ""
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "author": self.author,
            "kind": self.kind,
            "evidence": self.evidence,
            "review_id": self.review_id,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SourceWork:
        return cls(
            title=str(data["title"]),
            author=data.get("author"),
            kind=data.get("kind"),
            evidence=str(data.get("evidence") or ""),
            review_id=str(data.get("review_id") or ""),
            confidence=float(data.get("confidence", 0.5)),
        )


@dataclass(frozen=True)
class ReviewFacts:
    """Everything fact extraction read from one review at index time (stored as JSON per review)."""

    credits: tuple[Credit, ...] = ()
    sources: tuple[SourceWork, ...] = ()
    people: Mapping[str, int] = field(default_factory=dict)  # person name -> mentions
    places: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "credits": [c.to_json() for c in self.credits],
            "sources": [s.to_json() for s in self.sources],
            "people": dict(self.people),
            "places": list(self.places),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewFacts:
        return cls(
            credits=tuple(Credit.from_json(c) for c in data.get("credits", ())),
            sources=tuple(SourceWork.from_json(s) for s in data.get("sources", ())),
            people={str(k): int(v) for k, v in (data.get("people") or {}).items()},
            places=tuple(str(p) for p in data.get("places", ())),
        )
