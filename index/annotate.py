"""Index-time annotations of each review: extracted facts and the review's verdict.

Done at build time so that answering a question never loads spaCy or classifies a whole review.
A review the verdict classifier refuses (e.g. no words) is still indexed, without a verdict.

Fact extraction (spaCy) is the costly part. `submit` runs it beside the embedding — in a worker
process for a big build (its own interpreter and core: no GIL shared with the encoder), in a thread
for a few reviews — and only over the sentences that can hold a fact (index.fact_cues). Verdicts are
classified in the same worker after the facts (each encodes a few candidate lines with MiniLM); a
summary of the film (index.types.SUMMARY) is not classified, only read for a reported reception.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import re
import threading
import time
from collections import Counter
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from itertools import product
from typing import Any

from index.errors import VerdictError
from index.types import SUMMARY, Review, ReviewVerdict

log = logging.getLogger(__name__)

#: from this many reviews the facts are extracted in a worker process (spaCy start-up ≈ 2 s there)
PROCESS_MIN_REVIEWS = 200

Annotations = list[tuple[str | None, str | None]]


def versions() -> dict[str, str]:
    """Versions of the annotators; a change re-annotates every review (vectors are kept)."""
    from index import facts, verdict

    sentences = "all" if _all_sentences() else "cues-7"
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
    speed_up_attribute_ruler(facts._load())
    if _all_sentences():
        return [json.dumps(f.to_json(), ensure_ascii=False) for f in facts.extract_many(reviews)]
    shown = [replace(r, text=candidate_text(r.text)) for r in reviews]
    found = [
        facts.named_title_character(_with_names(f, names), r.title)
        for f, names, r in zip(facts.extract_many(shown), _names_elsewhere(reviews), reviews, strict=True)
    ]
    return [
        json.dumps(_expand_surnames(f, r.text).to_json(), ensure_ascii=False)
        for f, r in zip(found, reviews, strict=True)
    ]


def speed_up_attribute_ruler(nlp: Any) -> None:
    """Make spaCy's attribute ruler (tag → POS, morphology; 179 rules) several times faster, same output.

    Its Matcher tried every rule on every token: 15 % of the facts' spaCy time on films.jsonl. Rules of
    one token that test exact TAG/LOWER/IS_SPACE values (all but 16) are looked up in a dict by the
    token's attributes here; the rest stay with Matchers of their own: those reading DEP run only on a
    parsed doc (else they cannot match), the others (several tokens, REGEX) only when the doc has a word
    their first token accepts. Matches are applied in the ruler's order (later rules win), to the same
    tokens, without a Span per match (tests/test_annotate.py compares every token). Idempotent."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if "match" in vars(ruler):
        return
    from spacy.attrs import IS_SPACE, LOWER, TAG
    from spacy.matcher import Matcher
    from spacy.tokens._retokenize import set_token_attrs

    strings = nlp.vocab.strings
    rest, with_dep = Matcher(nlp.vocab), Matcher(nlp.vocab)
    starts = _Starts()  # what the first token of a `rest` rule may be
    lookup: dict[tuple[int, int, int], list[int]] = {}  # (TAG, LOWER hashes or 0, IS_SPACE or 2) → rules
    rule_ids = []
    for rule, entry in enumerate(ruler.patterns):
        key = str(rule)
        rule_ids.append(strings.add(key))
        for pattern in entry["patterns"]:
            spec = pattern[0] if len(pattern) == 1 else {}
            tags, lows = _exact_values(spec.get("TAG", "")), _exact_values(spec.get("LOWER", ""))
            space = spec.get("IS_SPACE", 2)
            if spec and set(spec) <= {"TAG", "LOWER", "IS_SPACE"} and tags and lows and space in (0, 1, 2):
                for tag, low in product(tags, lows):
                    slot = (strings.add(tag) if tag else 0, strings.add(low) if low else 0, int(space))
                    lookup.setdefault(slot, []).append(rule)
            elif any("DEP" in t for t in pattern):
                with_dep.add(key, [pattern])
            else:
                rest.add(key, [pattern])
                starts.add(pattern[0])

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        found = []
        rows = doc.to_array([TAG, LOWER, IS_SPACE]).tolist() if len(doc) else []
        if starts.any_of({doc.vocab.strings[low] for _tag, low, _space in rows}):
            found += rest(doc, allow_missing=True, as_spans=False)
        if doc.has_annotation("DEP"):
            found += with_dep(doc, allow_missing=True, as_spans=False)
        out = [(int(strings[m]), m, s, e) for m, s, e in found]
        for i, (tag, low, space) in enumerate(rows):
            for t, w, sp in product((tag, 0), (low, 0), (space, 2)):
                out += [(rule, rule_ids[rule], i, i + 1) for rule in lookup.get((t, w, sp), ())]
        out.sort()  # by rule, as the ruler sorts them
        return out

    def set_annotations(doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        for rule, _key, start, end in matches:
            index = ruler.indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], ruler.attrs[rule])

    ruler.match = match
    ruler.set_annotations = set_annotations


class _Starts:
    """The words the first token of some Matcher rules accepts (exact LOWER values or a REGEX on it);
    a rule whose first token tests anything else makes every doc a candidate."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        self.anything = False

    def add(self, first: dict[str, Any]) -> None:
        lower = first.get("LOWER")
        if set(first) != {"LOWER"} and not (set(first) == {"LOWER", "TAG"} and _exact_values(first["TAG"])):
            self.anything = True
        elif isinstance(lower, dict) and set(lower) == {"REGEX"}:
            self.patterns.append(re.compile(lower["REGEX"]))
        elif values := _exact_values(lower):
            self.words.update(values)
        else:
            self.anything = True

    def any_of(self, lowers: set[str]) -> bool:
        return (
            self.anything
            or bool(self.words & lowers)
            or any(p.search(w) for p in self.patterns for w in lowers)
        )


def _exact_values(spec: Any) -> list[str]:
    """The exact strings a token pattern's value accepts ("NN", or {"IN": [...]}); [] for others."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
        return list(spec["IN"])
    return []


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
    """The verdict of each review as JSON (None: no verdict). A critic's review is classified; a
    summary of the film only reports a reception, or has no verdict (index.verdict.reported)."""
    from index import verdict

    out: list[str | None] = [None] * len(reviews)
    judged = [i for i, r in enumerate(reviews) if r.kind != SUMMARY]
    step = 64  # candidate lines of this many reviews go to the encoder together
    for start in range(0, len(judged), step):
        batch = judged[start : start + step]
        try:
            results = verdict.classify_many([(reviews[i].text, reviews[i].review_id) for i in batch])
        except Exception as exc:  # e.g. no encoder: the reviews are still indexed, without verdicts
            log.warning("no verdicts for %d reviews: %s", len(batch), exc)
            continue
        for i, result in zip(batch, results, strict=True):
            out[i] = _verdict_json(reviews[i], result)
    for i, review in enumerate(reviews):
        if review.kind == SUMMARY:
            try:
                out[i] = _verdict_json(review, verdict.reported(review.text, review.review_id))
            except VerdictError as exc:
                out[i] = _verdict_json(review, exc)
    return out


def _verdict_json(review: Review, result: ReviewVerdict | VerdictError | None) -> str | None:
    if isinstance(result, VerdictError):  # a review the classifier refuses still gets indexed
        log.warning("no verdict for %s: %s", review.review_id, result)
        result = None
    if review.verdict:  # declared by the corpus author: it wins over what the text says
        label = review.verdict
        probability = {"positive": 1.0, "negative": 0.0}.get(label, 0.5)
        quote = result.quote if result is not None else ""
    elif result is not None:
        label, probability, quote = result.label, result.probability, result.quote
    else:
        return None
    return json.dumps({"label": label, "probability": probability, "quote": quote}, ensure_ascii=False)


def annotate(reviews: list[Review]) -> Annotations:
    """(facts JSON, verdict JSON) for each review, here and now."""
    return list(zip(facts_json(reviews), verdicts_json(reviews), strict=True))


VERDICT_BATCH = 64  # candidate lines of this many reviews go to the encoder together

_counter: Any = None  # the shared batch counter, in a worker process (set by _init_worker)


def _init_worker(counter: Any, parent: int) -> None:
    global _counter
    _counter = counter
    threading.Thread(target=_exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()


PARENT_POLL_S = 1.0  # how often a worker checks that the build that started it is still there


def _exit_with_parent(parent: int) -> None:
    """A build killed outright (no time to stop its pool) leaves its worker running on: the worker
    ends itself once its parent is gone, instead of annotating for no one."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


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
    middle, middle_cpu = time.perf_counter(), time.process_time()
    verdicts = _verdict_batches(reviews, counter)
    stats = {
        "facts_wall_s": round(facts_wall, 2),
        "facts_cpu_s": round(facts_cpu, 2),
        "worker_verdicts_s": round(time.perf_counter() - middle, 2),
        "worker_verdicts_cpu_s": round(time.process_time() - middle_cpu, 2),
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
        #: there, and seconds this process spent on annotation after its embedding (CPU seconds are
        #: per process: with a thread worker they include the other thread's)
        self.stats: dict[str, Any] = {}

    def worker_done(self) -> bool:
        """Whether the worker has finished (its facts, and every verdict batch it could take): from
        then on its core is free for the embedding."""
        return self._future is None or self._future.done()

    def result(self) -> Annotations:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            mine = _verdict_batches(self.reviews, self._counter)  # help with the verdicts
            verdicts_here, verdicts_cpu = time.perf_counter() - started, time.process_time() - cpu
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
            "build_verdicts_cpu_s": round(verdicts_cpu, 2),
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
            max_workers=1, mp_context=context, initializer=_init_worker, initargs=(counter, os.getpid())
        )
        future = pool.submit(_work, reviews)
    else:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="annotate")
        future = pool.submit(_work, reviews, counter)
    return Pending(reviews, pool, future, counter)
