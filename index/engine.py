"""The engine facade: one object the CLI and the bot hold.

Thread-safety: queries read `self._snapshot` once and use that object to the end, so a reindex that
swaps in a new snapshot never hands a question a half-built index. Only one build runs at a time.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from index.answer import KINDS, SnapshotView, answer, answer_kind
from index.errors import (
    AmbiguousTitleError,
    BuildInProgressError,
    FilmbotError,
    QuestionError,
    UnknownFilmError,
)
from index.settings import Settings
from index.textutil import clean_query
from index.types import (
    Answer,
    BuildProgress,
    BuildReport,
    Conversation,
    Film,
    FilmRef,
    Hit,
    IndexStatus,
    Passage,
    Review,
    ReviewFacts,
    ReviewVerdict,
    TitleMatch,
    VerdictSummary,
)

log = logging.getLogger(__name__)

ProgressFn = Callable[[BuildProgress], None]


MAX_QUESTION_CHARS = 1000
MAX_K = 50
QUERY_CACHE_SIZE = 512
#: threads beside `search` calls for their BM25 and cosine work: one (~0.5 ms a search, so concurrent
#: searches barely queue; each thread's malloc arena costs heap: +3 to +8 MB at 1M passages with two)
SEARCH_THREADS = 1
#: glibc's mallopt parameter (malloc.h) and the value it is fixed at: see fix_malloc_threshold
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 1024 * 1024

_malloc_fixed = False


def fix_malloc_threshold() -> bool:
    """Fix glibc's mmap threshold at MMAP_THRESHOLD (once per process; True when it is set).

    By default glibc raises the threshold to the size of every mmapped block that is freed (up to
    32 MiB), after which a question's large short-lived buffers (onnxruntime's tensors, numpy's
    arrays) come from the heap and fragment it, and the space is not given back: the heap swung by
    ±15 MB and grew +7 % over the 20,000-question soak at 100k passages (RSS +5.6 %). Fixed at
    128 KiB or 1 MiB it stays flat (+0.9 %, +0.2 % RSS; at 4 MiB it still grew +4 %), and is 55 MB
    smaller at 1M passages. 1 MiB rather than 128 KiB: a block above the threshold is fresh pages
    every time, and at 100k a BM25 score array (400 kB) then costs ~0.05 ms more in page faults.
    Setting it also stops the dynamic trim threshold. Another C library: nothing is set."""
    global _malloc_fixed
    if _malloc_fixed:
        return True
    try:
        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version  # noqa: B018  # glibc only: other libcs number mallopt's options otherwise
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    _malloc_fixed = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    return _malloc_fixed


class Engine:
    """Open with `Engine.open(settings)`; every method is safe to call from worker threads."""

    def __init__(self, settings: Settings, snapshot: Any = None) -> None:
        fix_malloc_threshold()  # a process holding an engine answers questions for a long time
        self.settings = settings
        self.index_dir = Path(settings.resolved_index_dir)
        self._snapshot = snapshot
        self._build_lock = threading.Lock()
        self._encoder: Any = None
        self._encoder_lock = threading.Lock()
        self._query_cache: dict[str, Any] = {}
        self.last_report: BuildReport | None = None
        self._followed_at = 0.0  # when CURRENT was last checked (settings.follow_seconds)
        #: `search` reads BM25 here while it encodes the question (index.retrieval.hybrid_search)
        self._search_pool = ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="search")

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings | None = None, *, index_dir: Path | None = None) -> Engine:
        """Load the live index version (IndexMissingError if there is none, IndexCorruptError if a
        file fails its checksum, IndexMismatchError if it was built with another model)."""
        from index.snapshot import Snapshot

        settings = settings or Settings()
        if index_dir is not None:
            settings = settings.model_copy(update={"index_dir": Path(index_dir)})
        engine = cls(settings)
        engine._snapshot = Snapshot.open(engine.index_dir)
        log.info(
            "index %s: %d films, %d passages",
            engine._snapshot.version,
            len(engine._snapshot.films),
            engine._snapshot.passage_count,
        )
        return engine

    @property
    def snapshot(self) -> Any:
        follow = self.settings.follow_seconds
        if follow > 0 and time.monotonic() - self._followed_at >= follow:
            self._followed_at = time.monotonic()
            try:
                self.refresh()
            except FilmbotError as exc:  # keep answering from the version we have
                log.warning("not switching to the new index version: %s", exc)
        snap = self._snapshot
        if snap is None:
            from index.errors import IndexMissingError

            raise IndexMissingError(self.index_dir)
        return snap

    def encoder(self) -> Any:
        """The query encoder: the one the live index was built with (int8 or fp32 ONNX; fp32 falls back
        to sentence-transformers), loaded once per kind."""
        kind = str((self.snapshot.manifest.get("model") or {}).get("encoder", "fp32"))
        encoder = self._encoder
        if encoder is None or getattr(encoder, "encoder_id", "fp32") != kind:
            with self._encoder_lock:
                encoder = self._encoder
                if encoder is None or getattr(encoder, "encoder_id", "fp32") != kind:
                    from index.embedding import query_encoder

                    encoder = self._encoder = query_encoder(
                        self.settings.model_cache_dir, self.settings.onnx, kind
                    )
                    self._query_cache.clear()  # vectors of the other encoder
        return encoder

    def encode_query(self, text: str) -> Any:
        """The query's vector; recent ones are cached because an answer may search several times
        with the same text (and people repeat questions)."""
        with self._encoder_lock:
            cached = self._query_cache.get(text)
        if cached is not None:
            return cached
        vector = self.encoder().encode([text])[0]
        with self._encoder_lock:
            if len(self._query_cache) >= QUERY_CACHE_SIZE:
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[text] = vector
        return vector

    # -- queries ---------------------------------------------------------------------------
    @staticmethod
    def clean_question(text: str) -> str:
        """The question as the engine will read it; QuestionError when there is nothing usable."""
        cleaned = clean_query(text)
        if not cleaned or not any(ch.isalnum() for ch in cleaned):
            raise QuestionError("Please ask a question in words, e.g. “Who plays Joan Jett in The Runaways?”")
        if len(cleaned) > MAX_QUESTION_CHARS:
            raise QuestionError(
                f"That question is {len(cleaned):,} characters long; please keep it under {MAX_QUESTION_CHARS:,}."
            )
        return cleaned

    def search(self, query: str, film: str | FilmRef | None = None, k: int = 5) -> list[Hit]:
        """Hybrid search (cosine and BM25, weighted sum; see index.retrieval), optionally within one film."""
        from index.retrieval import hybrid_search

        query = self.clean_question(query)
        snap = self.snapshot  # one version for the whole query
        number = self._film_number(snap, film)
        k = max(1, min(int(k), MAX_K))
        return hybrid_search(snap, query, lambda: self.encode_query(query), k, number, self._search_pool)

    def ask(
        self,
        question: str,
        film: str | FilmRef | None = None,
        context: Conversation | FilmRef | None = None,
    ) -> Answer:
        """Answer a question. `film` forces the film ("Title (Year)" or a FilmRef); `context` is the
        conversation so far (the previous answer's `Answer.conversation`; a FilmRef means "talking
        about this film")."""
        text = self.clean_question(question)
        conversation = context if isinstance(context, Conversation) else Conversation(film=context)
        return answer(self._view(), text, film=film, context=conversation)

    def answer_kind(self, kind: str, film: str | FilmRef) -> Answer:
        """One part of a film's card as an answer with sources (/cast, /plot, /verdict): `kind` is one
        of cast, plot, verdict, director, writer, source."""
        if kind not in KINDS or kind in {"search", "crew", "career"}:
            raise QuestionError(f"Unknown kind of answer: {kind!r}.")
        return answer_kind(self._view(), kind, film)

    def _view(self) -> SnapshotView:
        """A view over the live snapshot, read once: the whole question sees one index version."""
        return SnapshotView(self.snapshot, self.encode_query, lambda texts: self.encoder().encode(texts))

    def resolve_title(self, title: str) -> TitleMatch:
        return self.snapshot.titles.resolve(clean_query(title))

    def suggest_titles(self, text: str, limit: int = 25) -> list[FilmRef]:
        """Autocomplete: films whose title matches `text` (fuzzy), best first."""
        return self.snapshot.titles.suggest(clean_query(text), max(1, min(limit, 25)))

    def film_ref(self, film: str | FilmRef) -> FilmRef:
        snap = self.snapshot
        return snap.films[self._film_number(snap, film)].ref

    def _film_number(self, snap: Any, film: str | FilmRef | None) -> Any:
        if film is None:
            return None
        if isinstance(film, FilmRef):
            number = snap.film_number.get(film)
            if number is not None:
                return number
            film = film.label
        match = snap.titles.resolve(clean_query(film))
        if match.film is not None:
            return snap.film_number[match.film]
        if match.ambiguous:
            films = tuple(match.candidates[:6])
            raise AmbiguousTitleError(film, tuple(c.label for c in films), films)
        raise UnknownFilmError(film, tuple(c.label for c in match.candidates[:3]))

    def films(self, cards: bool = False) -> list[Film]:
        """The films of the index; with `cards`, each as its full card (as `film()` gives it)."""
        snap = self.snapshot
        if cards:
            return list(snap.film_cards())
        return [
            Film(e.ref.title, e.ref.year, len(e.reviews), e.passages, review_ids=e.reviews)
            for e in snap.films
        ]

    def film(self, title: str | FilmRef) -> Film:
        """The film card: year, director(s), writer(s), cast with their parts, source work, review
        count and verdict summary, merged from front matter and the facts read from the reviews
        (each with its confidence and review). Raises UnknownFilmError / AmbiguousTitleError."""
        snap = self.snapshot
        return snap.film_card(snap.films[self._film_number(snap, title)].ref)

    def verdict(self, title: str | FilmRef) -> VerdictSummary:
        from index.card import unreported
        from index.verdict import aggregate

        snap = self.snapshot
        entry = snap.films[self._film_number(snap, title)]
        verdicts = [v for rid in entry.reviews if (v := snap.review_verdict(rid)) is not None]
        return aggregate(entry.ref, verdicts, unreported=unreported(snap.film_reviews(entry.ref), verdicts))

    def status(self) -> IndexStatus:
        from index.embedding import MODEL_NAME

        snap = self.snapshot
        return IndexStatus(
            films=len(snap.films),
            reviews=snap.review_count,
            passages=snap.passage_count,
            model=MODEL_NAME,
            built_at=str(snap.manifest.get("built_at", "")),
            index_dir=str(self.index_dir),
            version=snap.version,
            extra={"building": self.building},
        )

    # -- raw material for the answerer -----------------------------------------------------
    def passages(self, film: FilmRef) -> list[Passage]:
        """All passages of one film, grouped by review, in story (ordinal) order."""
        return self.snapshot.film_passages(film)

    def reviews(self, film: FilmRef) -> list[Review]:
        """The reviews of one film as indexed (metadata + full text)."""
        return self.snapshot.film_reviews(film)

    def passages_in_review(self, review_id: str) -> int:
        """How many passages the review was cut into (0 for an unknown review)."""
        return int(self.snapshot.passages_in_review(review_id))

    def review_facts(self, review_id: str) -> ReviewFacts:
        """What `index.facts` found in that review at index time."""
        return self.snapshot.review_facts(review_id)

    def review_verdict(self, review_id: str) -> ReviewVerdict | None:
        """The verdict computed for that review at index time."""
        return self.snapshot.review_verdict(review_id)

    def refresh(self) -> bool:
        """Switch to the live version when another process (a CLI build, another bot process, a copy
        from another host) published a new one. True when it switched. Versions are immutable, so
        the old snapshot stays valid for questions already using it."""
        from index import layout
        from index.snapshot import Snapshot

        live = layout.current_version_dir(self.index_dir)
        snap = self._snapshot
        if live is None or self.building or (snap is not None and snap.dir == live):
            return False
        self._snapshot = Snapshot(live)
        log.info("switched to index version %s", live.name)
        return True

    # -- building --------------------------------------------------------------------------
    def reindex(
        self, corpus: list[Path] | None = None, *, rebuild: bool = False, progress: ProgressFn | None = None
    ) -> BuildReport:
        """Incremental build into a new version, then swap the live snapshot atomically.
        Raises BuildInProgressError if a build is already running (in this or another process)."""
        if not self._build_lock.acquire(blocking=False):
            raise BuildInProgressError()
        try:
            report = build_index(self.settings, corpus, rebuild=rebuild, progress=progress)
            from index.snapshot import Snapshot

            fresh = Snapshot.open(self.index_dir)
            self._snapshot = fresh  # the swap: one reference assignment, atomic for readers
            self.last_report = report
            return report
        finally:
            self._build_lock.release()

    @property
    def building(self) -> bool:
        return self._build_lock.locked()


def build_index(
    settings: Settings | None = None,
    corpus: list[Path] | None = None,
    *,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
) -> BuildReport:
    """Build or update the index described by `settings` without loading it (the CLI's `index build`)."""
    from index.build import run_build

    settings = settings or Settings()
    paths = [Path(p) for p in (corpus or settings.corpus)]
    from index.embedding import index_encoder

    return run_build(
        Path(settings.resolved_index_dir),
        paths,
        rebuild=rebuild,
        progress=progress,
        encoder=lambda: index_encoder(settings.model_cache_dir, settings.onnx, settings.encoder),
    )
