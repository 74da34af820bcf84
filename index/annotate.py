"""Index-time annotations of each review: extracted facts and the review's verdict.

Done at build time so that answering a question never loads spaCy or classifies a whole review.
A review the verdict classifier refuses (e.g. no words) is still indexed, without a verdict.

Fact extraction (spaCy) is the costly part. `submit` runs it beside the embedding — in a worker
process for a big build (its own interpreter and core: no GIL shared with the encoder), in a thread
for a few reviews — and only over the sentences that can hold a fact (index.fact_cues). Verdicts are
classified in the same worker after the facts (each encodes a few candidate lines with MiniLM).
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import re
import time
from collections import Counter
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from index.types import Review

log = logging.getLogger(__name__)

#: from this many reviews the facts are extracted in a worker process (spaCy start-up ≈ 2 s there)
PROCESS_MIN_REVIEWS = 200

Annotations = list[tuple[str | None, str | None]]


def versions() -> dict[str, str]:
    """Versions of the annotators; a change re-annotates every review (vectors are kept)."""
    from index import facts, verdict

    sentences = "all" if _all_sentences() else "cues-2"
    return {
        "facts": str(facts.FACTS_VERSION),
        "verdict": str(verdict.VERDICT_VERSION),
        "sentences": sentences,
    }


def _all_sentences() -> bool:
    """FILMBOT_FACT_SENTENCES=all: spaCy reads every sentence (for comparing; the default reads only
    the cue sentences, index.fact_cues)."""
    return os.environ.get("FILMBOT_FACT_SENTENCES", "cues").strip().lower() == "all"


def facts_json(reviews: list[Review]) -> list[str | None]:
    """The facts of each review as JSON, spaCy reading only the sentences that can hold one."""
    from index import facts
    from index.fact_cues import candidate_text

    if not reviews:
        return []
    if _all_sentences():
        return [json.dumps(f.to_json(), ensure_ascii=False) for f in facts.extract_many(reviews)]
    shown = [replace(r, text=candidate_text(r.text)) for r in reviews]
    found = [
        _with_names(f, names)
        for f, names in zip(facts.extract_many(shown), _names_elsewhere(reviews), strict=True)
    ]
    return [
        json.dumps(_expand_surnames(f, r.text).to_json(), ensure_ascii=False)
        for f, r in zip(found, reviews, strict=True)
    ]


def _names_elsewhere(reviews: list[Review]) -> list[tuple[Counter[str], set[str]]]:
    """People and places named in the sentences without a cue (the answerer's plot handler favours
    sentences naming them): spaCy's entity recogniser alone — it has its own token vectors, so the
    tagger and parser stay off — about half the cost of the full pipeline, on a quarter of the text."""
    from index import facts
    from index.fact_cues import other_text

    nlp = facts._load()
    only_ner = [p for p in nlp.pipe_names if p != "ner"]
    out: list[tuple[Counter[str], set[str]]] = []
    texts = [other_text(r.text[: facts.MAX_CHARS]) for r in reviews]
    for doc in nlp.pipe(texts, batch_size=facts.BATCH_SIZE, disable=only_ner):
        people: Counter[str] = Counter()
        places: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and (name := facts.clean_name(ent.text)):
                people[name] += 1
            elif ent.label_ in {"GPE", "LOC", "FAC"} and (place := facts.clean_name(ent.text)):
                places.add(place)
        out.append((people, places))
    return out


def _with_names(found: Any, names: tuple[Counter[str], set[str]]) -> Any:
    people, places = names
    if not people and not places:
        return found
    merged = Counter(found.people)
    merged.update(people)
    return replace(found, people=dict(merged), places=tuple(sorted(set(found.places) | places)))


_NAME_RUN = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|del|la|le|da|di))*")


def _expand_surnames(found: Any, text: str) -> Any:
    """A credit read as a surname alone ("It stars Penn") gets the full name the review gives
    elsewhere ("Sean Penn"), as facts.py does from its whole-text name list — here from name runs of
    the whole review, since spaCy saw only the cue sentences."""
    lone = {c.person for c in found.credits if " " not in c.person}
    if not lone:
        return found
    full: dict[str, set[str]] = {}
    for found_run in _NAME_RUN.findall(text):
        run = re.sub(r"(?:'s|’s|'|’|\.)$", "", found_run)
        parts = run.split()
        if len(parts) >= 2 and parts[-1] in lone:
            full.setdefault(parts[-1], set()).add(" ".join(parts[-3:]) if len(parts) > 3 else run)
    if not full:
        return found
    known = {p for p in found.people if " " in p} | {c.person for c in found.credits if " " in c.person}
    credits = []
    for c in found.credits:
        options = {o for o in full.get(c.person, set()) if o in known or _plain_name(o)}
        credits.append(replace(c, person=next(iter(options))) if len(options) == 1 else c)
    return replace(found, credits=tuple(credits))


def _plain_name(run: str) -> bool:
    """Two or three capitalised words, none a sentence-opening function word ("The", "In", …)."""
    parts = run.split()
    return 2 <= len(parts) <= 3 and parts[0] not in {
        "The",
        "A",
        "An",
        "In",
        "On",
        "It",
        "He",
        "She",
        "As",
        "At",
    }


def verdicts_json(reviews: list[Review]) -> list[str | None]:
    from index import verdict

    out: list[str | None] = [None] * len(reviews)
    step = 64  # candidate lines of this many reviews go to the encoder together
    for start in range(0, len(reviews), step):
        batch = reviews[start : start + step]
        try:
            results = verdict.classify_many([(r.text, r.review_id) for r in batch])
        except Exception as exc:  # e.g. no encoder: the reviews are still indexed, without verdicts
            log.warning("no verdicts for %d reviews: %s", len(batch), exc)
            continue
        for i, (review, result) in enumerate(zip(batch, results, strict=True)):
            if isinstance(result, Exception):  # a review the classifier refuses still gets indexed
                log.warning("no verdict for %s: %s", review.review_id, result)
                continue
            label, probability = result.label, result.probability
            if review.verdict:  # declared by the corpus author: it wins over the classifier
                label = review.verdict
                probability = {"positive": 1.0, "negative": 0.0}.get(label, 0.5)
            data: dict[str, Any] = {"label": label, "probability": probability, "quote": result.quote}
            out[start + i] = json.dumps(data, ensure_ascii=False)
    return out


def annotate(reviews: list[Review]) -> Annotations:
    """(facts JSON, verdict JSON) for each review, here and now."""
    return list(zip(facts_json(reviews), verdicts_json(reviews), strict=True))


VERDICT_BATCH = 64  # candidate lines of this many reviews go to the encoder together

_counter: Any = None  # the shared batch counter, in a worker process (set by _init_worker)


def _init_worker(counter: Any) -> None:
    global _counter
    _counter = counter


def _claim(counter: Any, batches: int) -> int | None:
    """The next verdict batch nobody has taken, or None: the worker (after its facts) and the build
    (after its embedding) take batches from one counter, so whichever is free does the verdicts."""
    with counter.get_lock():
        b = int(counter.value)
        if b >= batches:
            return None
        counter.value = b + 1
    return b


def _verdict_batches(reviews: list[Review], counter: Any) -> dict[int, list[str | None]]:
    done: dict[int, list[str | None]] = {}
    batches = -(-len(reviews) // VERDICT_BATCH)
    while (b := _claim(counter, batches)) is not None:
        done[b] = verdicts_json(reviews[b * VERDICT_BATCH : (b + 1) * VERDICT_BATCH])
    return done


def _work(
    reviews: list[Review], counter: Any = None
) -> tuple[list[str | None], dict[int, Any], dict[str, Any]]:
    """In the worker: the facts (spaCy), then verdict batches until none is left."""
    counter = counter if counter is not None else _counter
    started, cpu = time.perf_counter(), time.process_time()
    facts = facts_json(reviews)
    facts_wall, facts_cpu = time.perf_counter() - started, time.process_time() - cpu
    middle = time.perf_counter()
    verdicts = _verdict_batches(reviews, counter)
    stats = {
        "facts_wall_s": round(facts_wall, 2),
        "facts_cpu_s": round(facts_cpu, 2),
        "worker_verdicts_s": round(time.perf_counter() - middle, 2),
        "worker_verdict_batches": len(verdicts),
    }
    return facts, verdicts, stats


class Pending:
    """Annotations being made; `result()` classifies the verdict batches nobody has taken yet, then
    waits for the worker's facts and verdicts."""

    def __init__(
        self, reviews: list[Review], pool: Executor | None, future: Future[Any] | None, counter: Any
    ) -> None:
        self.reviews = reviews
        self._pool = pool
        self._future = future
        self._counter = counter
        #: wall and CPU seconds of fact extraction (in its worker), verdict batches done here and
        #: there, and seconds this process spent on annotation after its embedding
        self.stats: dict[str, Any] = {}

    def result(self) -> Annotations:
        started = time.perf_counter()
        try:
            mine = _verdict_batches(self.reviews, self._counter)  # help with the verdicts
            verdicts_here = time.perf_counter() - started
            if self._future is None:
                facts, theirs, stats = _work(self.reviews, self._counter)
            else:
                facts, theirs, stats = self._future.result()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
        batches = {**theirs, **mine}
        verdicts = [v for b in sorted(batches) for v in batches[b]]
        self.stats = {
            "reviews": len(self.reviews),
            "worker": "process" if isinstance(self._pool, ProcessPoolExecutor) else "thread",
            **stats,
            "build_verdict_batches": len(mine),
            "build_verdicts_s": round(verdicts_here, 2),
            "waited_s": round(time.perf_counter() - started - verdicts_here, 2),
            "after_embedding_s": round(time.perf_counter() - started, 2),
        }
        return list(zip(facts, verdicts, strict=True))


def submit(reviews: list[Review]) -> Pending:
    """Start annotating `reviews` in the background (facts, then verdicts); see `Pending.result`."""
    context = multiprocessing.get_context("spawn")
    counter = context.Value("i", 0)
    if not reviews:
        return Pending(reviews, None, None, counter)
    pool: Executor
    if len(reviews) >= PROCESS_MIN_REVIEWS and os.environ.get("FILMBOT_ANNOTATE_PROCESS", "1") != "0":
        # spawn, not fork: the parent may run threads (the bot's event loop, onnxruntime)
        pool = ProcessPoolExecutor(
            max_workers=1, mp_context=context, initializer=_init_worker, initargs=(counter,)
        )
        future = pool.submit(_work, reviews)
    else:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="annotate")
        future = pool.submit(_work, reviews, counter)
    return Pending(reviews, pool, future, counter)
