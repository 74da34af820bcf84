"""Questions during a reindex (engine level): 50 questions from worker threads while `reindex` runs in
another thread on a corpus change that forces new embeddings. Every question is answered, from one
complete version — the old one or the new one — never a mix, never a deleted review after the swap.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index import Answer, BuildProgress, Engine, Hit, build_index
from tests.conftest import copy_tiny_corpus, make_settings

QUESTIONS = [
    ("ask", "who directed Alien?"),
    ("search", "Nostromo distress signal"),
    ("ask", "who plays Joan Jett in The Runaways?"),
    ("search", "bank robbery and gunfight"),
    ("ask", "what is Heat about?"),
    ("search", "Cherry Bomb"),
    ("ask", "is Alien any good?"),
    ("search", "otters in a cold bay"),
    ("ask", "who directed Otter Bay?"),
    ("search", "the lead performances"),
]


@dataclass(frozen=True)
class Version:
    name: str
    chunks: dict[int, str]  # chunk id → review id


def _version(index_dir: Path, name: str) -> Version:
    manifest = json.loads((index_dir / "versions" / name / "manifest.json").read_text(encoding="utf-8"))
    chunks = {int(c): rid for rid, doc in manifest["documents"].items() for c in doc["chunks"]}
    return Version(name, chunks)


def _hits(result: Answer | list[Hit]) -> list[Hit]:
    return list(result.sources) if isinstance(result, Answer) else result


def _change_corpus(corpus: Path) -> None:
    """Edit one review (new passages, new embeddings), add a film, delete a review."""
    alien = corpus / "alien-1979.md"
    alien.write_text(
        alien.read_text(encoding="utf-8")
        + "\n\nSeen again on a big screen, the chest-burster scene still makes a whole audience gasp.\n",
        encoding="utf-8",
    )
    (corpus / "otter-bay-2024.md").write_text(
        "---\ntitle: Otter Bay\nyear: 2024\ndirector: Jane Holt\n---\n"
        "A gentle documentary about a family of sea otters in a cold bay. The photography is lovely.\n",
        encoding="utf-8",
    )
    # the JSONL holds Heat and a second Runaways review: keep only the Runaways line (Heat is deleted)
    jsonl = corpus / "more-reviews.jsonl"
    lines = [ln for ln in jsonl.read_text(encoding="utf-8").splitlines() if ln.strip()]
    kept = [ln for ln in lines if json.loads(ln).get("title") != "Heat"]
    assert len(kept) == len(lines) - 1
    jsonl.write_text("\n".join(kept) + "\n", encoding="utf-8")


def test_fifty_questions_during_a_reindex_see_one_complete_version(tmp_path: Path) -> None:
    corpus = copy_tiny_corpus(tmp_path / "corpus")
    settings = make_settings(tmp_path, corpus)
    build_index(settings)
    engine = Engine.open(settings)
    old = _version(engine.index_dir, engine.status().version)
    engine.search("warm-up", k=1)  # load the query encoder before the clock starts
    _change_corpus(corpus)

    # Hold the build in the middle (after embedding, before anything is written) until 20 questions
    # have been answered while it is running; then let it write and swap while the rest still arrive.
    held = threading.Event()
    release = threading.Event()
    stages: list[str] = []

    def progress(event: BuildProgress) -> None:
        stages.append(event.stage)
        if event.stage == "writing" and not held.is_set():
            held.set()
            release.wait(timeout=120)

    results: list[tuple[int, str, str, bool, Any]] = []  # (n, kind, question, during build, result)
    lock = threading.Lock()
    answered_during_build = 0

    def one(n: int) -> None:
        nonlocal answered_during_build
        kind, question = QUESTIONS[n % len(QUESTIONS)]
        building = engine.building
        try:
            result: Any = engine.ask(question) if kind == "ask" else engine.search(question, k=8)
        except Exception as exc:  # recorded, asserted below: no question may fail
            result = exc
        with lock:
            results.append((n, kind, question, building, result))
            if building and engine.building:
                answered_during_build += 1
                if answered_during_build >= 20:
                    release.set()

    build_error: list[BaseException] = []

    def reindex() -> None:
        try:
            engine.reindex(progress=progress)
        except BaseException as exc:
            build_error.append(exc)
        finally:
            release.set()

    builder = threading.Thread(target=reindex, name="reindex")
    builder.start()
    assert held.wait(timeout=180), f"the build never reached the writing stage: {stages}"
    assert "embedding" in stages  # the change really needed new vectors
    with ThreadPoolExecutor(max_workers=8, thread_name_prefix="asker") as pool:
        futures = [pool.submit(one, n) for n in range(50)]
        for future in futures:
            future.result(timeout=300)
    builder.join(timeout=300)
    assert not builder.is_alive() and not build_error, build_error
    new = _version(engine.index_dir, engine.status().version)
    assert new.name != old.name

    # Every question got an answer, none an error.
    assert len(results) == 50
    errors = [(q, r) for _, _, q, _, r in results if isinstance(r, BaseException)]
    assert not errors, errors
    assert sum(1 for *_, during, _ in results if during) >= 20  # really asked during the build

    # Each result comes from one complete version: all its chunk ids are the old version's, with
    # the old owner, or all are the new version's.
    versions_seen = set()
    for n, _kind, question, _during, result in results:
        hits = _hits(result)
        if isinstance(result, Answer):
            assert result.answer.strip(), question
        else:
            assert hits, question
        ids = {h.passage.chunk_id for h in hits}
        owners = {h.passage.chunk_id: h.passage.review_id for h in hits}
        fits_old = all(old.chunks.get(c) == owners[c] for c in ids)
        fits_new = all(new.chunks.get(c) == owners[c] for c in ids)
        assert fits_old or fits_new, (n, question, ids)
        if ids and fits_old and not fits_new:
            versions_seen.add("old")
        if ids and fits_new and not fits_old:
            versions_seen.add("new")
    assert "old" in versions_seen  # the build was genuinely concurrent with the questions

    # After the swap nothing comes from the deleted Heat review or the replaced Alien passages.
    heat = {c for c, rid in old.chunks.items() if rid not in new.chunks.values()}
    stale_alien = {c for c, rid in old.chunks.items() if rid.startswith("alien") and c not in new.chunks}
    assert heat and stale_alien
    for kind, question in [*QUESTIONS, ("search", "Heat"), ("search", "Michael Mann Los Angeles")]:
        result = engine.ask(question) if kind == "ask" else engine.search(question, k=50)
        ids = {h.passage.chunk_id for h in _hits(result)}
        assert not ids & (heat | stale_alien), (question, ids & (heat | stale_alien))
        assert all(c in new.chunks for c in ids)
    assert engine.ask("who directed Otter Bay?").answer.count("Jane Holt") >= 1


def test_a_second_reindex_while_one_runs_is_refused_and_harmless(
    fresh_engine: Engine, tmp_path: Path
) -> None:
    from index import BuildInProgressError

    corpus = tmp_path / "corpus"
    (corpus / "otter-bay-2024.md").write_text(
        "---\ntitle: Otter Bay\nyear: 2024\n---\nSea otters float in a cold bay.\n", encoding="utf-8"
    )
    gate = threading.Event()
    refused: list[str] = []

    def progress(event: BuildProgress) -> None:
        if event.stage == "loading" and not gate.is_set():
            # a second reindex from another thread (a second admin) while this one is running
            try:
                fresh_engine.reindex()
            except BuildInProgressError as exc:
                refused.append(str(exc))
            # and from another process's point of view: the on-disk lock is held too
            other = Engine.open(fresh_engine.settings)
            try:
                build_index(other.settings)
            except BuildInProgressError as exc:
                refused.append(str(exc))
            gate.set()

    started = time.perf_counter()
    report = fresh_engine.reindex(progress=progress)
    assert time.perf_counter() - started < 120
    assert refused == ["A reindex is already running; wait for it to finish and try again."] * 2
    assert report.added == 1 and fresh_engine.search("otters", k=1)[0].passage.title == "Otter Bay"
