"""Incremental, atomic index builds.

Unchanged reviews (same content hash) keep their passages and vectors; changed ones get new passages
(new chunk ids; the old ids are removed from FAISS); deleted ones are removed. The result is written
as a new version directory and switched to only when complete (see index/layout.py).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from index import annotate, layout
from index.chunking import STORY_TEXT, ChunkParams, chunk_spans, passage_document, story_document
from index.corpus import load_corpus
from index.embedding import (
    DIMENSION,
    MODEL_NAME,
    WEIGHTS_SHA256,
    Encoder,
    encode_with_progress,
    encoder_id,
    shared_embedder,
)
from index.errors import CorpusError, IndexCorruptError, IndexMismatchError
from index.snapshot import check_compatible, file_digest, read_manifest, stored_title_keys, verify_version
from index.textutil import tokens
from index.types import REVIEW, BuildProgress, BuildReport, Review

log = logging.getLogger(__name__)

ProgressFn = Callable[[BuildProgress], None]

SCHEMA = """
CREATE TABLE reviews (
    review_id TEXT PRIMARY KEY, title TEXT NOT NULL, year INTEGER, text TEXT NOT NULL,
    content_hash TEXT NOT NULL, source_path TEXT, meta TEXT, facts TEXT, verdict TEXT
);
CREATE TABLE passages (
    chunk_id INTEGER PRIMARY KEY, review_id TEXT NOT NULL, ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX passages_review ON passages(review_id, ordinal);
"""


def _meta(review: Review) -> str:
    return json.dumps(
        {
            "director": review.director,
            "writer": review.writer,
            "cast": [[c.actor, c.character] for c in review.cast],
            "genres": list(review.genres),
            "reviewer": review.reviewer,
            "source": review.source,
            "verdict": review.verdict,
            "kind": review.kind,
        },
        ensure_ascii=False,
    )


def _version_name() -> str:
    # Sortable by time; the pid keeps two quick builds in one second apart.
    return datetime.now(UTC).strftime("v%Y%m%dT%H%M%S%fZ") + f"-{os.getpid()}"


def run_build(
    index_dir: Path,
    corpus: list[Path],
    *,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    encoder: Callable[[], Encoder] | None = None,
    params: ChunkParams | None = None,
) -> BuildReport:
    """Build or update the index in `index_dir` from `corpus`. Returns what changed."""
    started = time.perf_counter()
    params = params or ChunkParams()
    index_dir = Path(index_dir)

    stage_started: dict[str, float] = {}
    timings: dict[str, float] = {}  # seconds per step, for the manifest (where the time went)
    # and this process's CPU seconds per step: on a shared machine wall time also counts other work
    cpu_timings: dict[str, float] = {}
    last_lap = [started, time.process_time()]

    def lap(name: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        timings[name] = round(timings.get(name, 0.0) + now - last_lap[0], 2)
        cpu_timings[name] = round(cpu_timings.get(name, 0.0) + cpu - last_lap[1], 2)
        last_lap[:] = [now, cpu]

    def report(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        first = stage_started.setdefault(stage, now)
        if progress:
            elapsed = now - first
            rate = done / elapsed if elapsed > 0 and done else 0.0
            eta = (total - done) / rate if rate and total else None
            progress(_progress(stage, done, total, rate, eta))

    with layout.build_lock(index_dir):
        report("loading", 0, 0)
        loaded = load_corpus(corpus)
        lap("load")
        reviews = {r.review_id: r for r in loaded.reviews}
        if not reviews:  # a wrong path or an empty folder: keep the live index rather than empty it
            where = ", ".join(str(p) for p in corpus) or "(no corpus path)"
            skipped = f" ({len(loaded.skipped)} file(s) skipped, none usable)" if loaded.skipped else ""
            raise CorpusError(
                f"No reviews found in {where}{skipped}: nothing to index. Add .md, .txt, .csv or .jsonl "
                "reviews there, or point --corpus / FILMBOT_CORPUS at them."
            )

        old_dir = None if rebuild else layout.current_version_dir(index_dir)
        old: dict[str, Any] = {}
        if old_dir is not None:
            old = read_manifest(old_dir)
            check_compatible(old, params.to_json())
            try:
                # Unchanged reviews are copied from the live version: never copy damage into a new one.
                verify_version(old_dir, old, trust_cache=False)
            except IndexCorruptError as exc:
                log.warning("%s Building from scratch instead.", exc)
                old_dir, old = None, {}
        lap("check")
        old_docs: dict[str, Any] = old.get("documents", {})
        ann_versions = annotate.versions()
        reannotate = bool(old) and old.get("annotations") != ann_versions

        unchanged = [
            rid for rid, r in reviews.items() if rid in old_docs and old_docs[rid]["hash"] == r.content_hash
        ]
        updated = [
            rid for rid, r in reviews.items() if rid in old_docs and old_docs[rid]["hash"] != r.content_hash
        ]
        added = [rid for rid in reviews if rid not in old_docs]
        removed = [rid for rid in old_docs if rid not in reviews]
        films = _films(reviews)

        # (title keys another key code made are stored again, not recomputed by every process)
        stale_keys = old_dir is not None and stored_title_keys(old_dir, [t for t, _y in films]) is None
        # (an index built before story vectors, or with stories told otherwise, gets them for every
        # review on its next build)
        no_stories = old_dir is not None and (
            not (old_dir / layout.STORIES).is_file() or old.get("story_text") != STORY_TEXT
        )
        if old_dir is not None and not (
            updated or added or removed or reannotate or stale_keys or no_stories
        ):
            report("done", 1, 1)
            return _report(reviews, films, old, 0, 0, 0, len(unchanged), loaded, started, old_dir.name)

        # Chunk what is new, and number the passages with fresh ids.
        next_id = int(old.get("next_chunk_id", 1))
        new_rows: list[tuple[int, str, int, int, int, str]] = []
        docs: list[str] = []
        chunk_map: dict[str, list[int]] = {rid: list(old_docs[rid]["chunks"]) for rid in unchanged}
        for rid in updated + added:
            review = reviews[rid]
            ids = []
            for ordinal, span in enumerate(chunk_spans(review.text, params)):
                text = review.text[span.start : span.end]
                new_rows.append((next_id, rid, ordinal, span.start, span.end, text))
                docs.append(passage_document(review.title, review.year, text))
                ids.append(next_id)
                next_id += 1
            chunk_map[rid] = ids
        # each review's story, keyed by its first passage's id (fresh when the review changes)
        # (a review whose text tells no story gets no story vector)
        told = (
            (rid, story_document(reviews[rid].text))
            for rid in (list(reviews) if no_stories else updated + added)
        )
        storied = [(rid, story) for rid, story in told if story and chunk_map[rid]]
        story_ids = [chunk_map[rid][0] for rid, _ in storied]
        story_docs = [story for _, story in storied]

        lap("chunk")
        # The encoder decides which vectors the index holds: never mix two encoders' vectors.
        enc: Encoder | None = None
        kind = str((old.get("model") or {}).get("encoder", "fp32")) if old else None
        if docs or story_docs:
            enc = encoder() if encoder is not None else shared_embedder()
            if kind is not None and encoder_id(enc) != kind:
                raise IndexMismatchError(
                    f"The index was built with the {kind} encoder and this build would add "
                    f"{encoder_id(enc)} vectors. Rebuild it: `filmbot index build --rebuild` "
                    f"(or set FILMBOT_ENCODER={kind})."
                )
            kind = encoder_id(enc)

        # Annotating (spaCy, verdicts) runs beside the embedding, in a worker process for big builds
        # (index.annotate.submit), so the two overlap instead of adding up.
        to_annotate = (
            list(reviews.values()) if reannotate or old_dir is None else [reviews[r] for r in updated + added]
        )
        lap("encoder")
        pending = annotate.submit(to_annotate)
        try:
            vectors = np.zeros((0, DIMENSION), dtype=np.float32)
            if enc is not None:
                report("embedding", 0, len(docs) + len(story_docs))
                vectors = encode_with_progress(
                    enc,
                    docs + story_docs,
                    lambda d, t: report("embedding", d, t),
                    spare_core=pending.worker_done,
                )
            vectors, story_vectors = vectors[: len(docs)], vectors[len(docs) :]
            lap("embed")
            report("annotating", 0, 0)
        finally:
            annotated = pending.result()
        lap("annotate_wait")
        annotations = dict(zip([r.review_id for r in to_annotate], annotated, strict=True))

        report("writing", 0, 1)
        layout.prune(index_dir)
        name = _version_name()
        (index_dir / layout.VERSIONS).mkdir(parents=True, exist_ok=True)
        tmp = index_dir / layout.VERSIONS / f"{name}.tmp-{os.getpid()}"
        tmp.mkdir()

        # Vectors: start from the live version, drop what changed or went away, add the new.
        from index.store import VectorStore

        if old_dir is not None:
            store = VectorStore.load(old_dir / layout.VECTORS, info=old.get("vectors"))
            stale = [c for rid in updated + removed for c in old_docs[rid]["chunks"]]
            store.remove(np.asarray(stale, dtype=np.int64))
        else:
            store = VectorStore.empty(DIMENSION)
        store.add(np.asarray([r[0] for r in new_rows], dtype=np.int64), vectors)
        store = store.adapted()  # exact below the threshold, IVF (recall measured) above it
        store.save(tmp / layout.VECTORS)
        stories = _stories(old_dir if not no_stories else None, old, updated + removed)
        stories.add(np.asarray(story_ids, dtype=np.int64), story_vectors)
        stories = stories.adapted()
        stories.save(tmp / layout.STORIES)
        lap("vectors")

        # Texts: copy unchanged rows from the live database, insert the new ones.
        _write_db(tmp / layout.PASSAGES, old_dir, reviews, unchanged, new_rows, annotations)
        lap("sqlite")

        # BM25 over every passage (title + text), rows in chunk-id order.
        film_number = {key: i for i, key in enumerate(films)}
        row_ids, row_film, row_tokens = _bm25_rows(tmp / layout.PASSAGES, film_number)
        if len(row_ids):
            from index import bm25_index

            bm25_index.write(tmp / layout.BM25_DIR, row_tokens)  # bm25s's files, numpy's speed
        else:
            (tmp / layout.BM25_DIR).mkdir()
        np.savez(tmp / layout.ROWS, chunk_ids=row_ids, film=row_film)
        from index.titles import film_keys, keys_fingerprint

        (tmp / layout.TITLES).write_text(
            json.dumps({"fingerprint": keys_fingerprint(), "keys": film_keys(t for t, _y in films)}),
            encoding="utf-8",
        )
        lap("bm25")
        # (a review whose text tells no story has no story vector: at most one per review)
        if len(row_ids) != len(store) or len(stories) > sum(1 for ids in chunk_map.values() if ids):
            raise IndexCorruptError("internal error: passages and vectors disagree; the build was abandoned")

        manifest = {
            "format": layout.FORMAT,
            "version": name,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "model": {
                "name": MODEL_NAME,
                "dim": DIMENSION,
                "weights_sha256": WEIGHTS_SHA256,
                "encoder": kind or "fp32",
            },
            "vectors": store.quality,
            "stories": stories.quality,
            "story_text": STORY_TEXT,
            "chunking": params.to_json(),
            "annotations": ann_versions,
            "next_chunk_id": next_id,
            "counts": {"films": len(films), "reviews": len(reviews), "passages": len(row_ids)},
            "build": {
                "seconds": round(time.perf_counter() - started, 2),
                "stages": timings,
                "stages_cpu": cpu_timings,
                "annotation": pending.stats,
                "embedded": len(docs),
            },
            "documents": {
                rid: {
                    "hash": r.content_hash,
                    "chunks": chunk_map[rid],
                    "title": r.title,
                    "year": r.year,
                    "path": r.source_path,
                    # only summaries say so: the table stays small at a million passages
                    **({"kind": r.kind} if r.kind != REVIEW else {}),
                }
                for rid, r in sorted(reviews.items())
            },
            "films": [
                {
                    "title": t,
                    "year": y,
                    "reviews": sorted(rids),
                    "passages": sum(len(chunk_map[r]) for r in rids),
                }
                for (t, y), rids in films.items()
            ],
        }
        manifest["files"] = {
            str(p.relative_to(tmp)): file_digest(p) for p in sorted(tmp.rglob("*")) if p.is_file()
        }
        manifest["documents"] = manifest.pop("documents")  # last: a query process parses it lazily
        # compact: at a million passages the chunk-id lists dominate, and one id per line tripled
        # the file and its parse time at start-up
        (tmp / layout.MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        (tmp / layout.MANIFEST_SUM).write_text(file_digest(tmp / layout.MANIFEST) + "\n", encoding="utf-8")
        layout.publish(index_dir, tmp, name)
        layout.prune(index_dir)
        report("done", 1, 1)
        log.info("index %s: +%d ~%d -%d =%d", name, len(added), len(updated), len(removed), len(unchanged))
        return _report(
            reviews,
            films,
            manifest,
            len(added),
            len(updated),
            len(removed),
            len(unchanged),
            loaded,
            started,
            name,
        )


def _stories(old_dir: Path | None, old: dict[str, Any], stale: list[str]) -> Any:
    """The live version's story vectors without those of reviews changed or gone (or none)."""
    from index.store import VectorStore

    if old_dir is None:
        return VectorStore.empty(DIMENSION)
    stories = VectorStore.load(old_dir / layout.STORIES, info=old.get("stories"))
    firsts = [old["documents"][rid]["chunks"][0] for rid in stale if old["documents"][rid]["chunks"]]
    stories.remove(np.asarray(firsts, dtype=np.int64))
    return stories


def _progress(stage: str, done: int, total: int, rate: float, eta: float | None) -> BuildProgress:
    try:
        return BuildProgress(stage, done, total, rate=rate, eta_s=eta)  # type: ignore[call-arg]
    except TypeError:  # BuildProgress without rate/ETA fields
        return BuildProgress(stage, done, total)


def _films(reviews: dict[str, Review]) -> dict[tuple[str, int | None], list[str]]:
    films: dict[tuple[str, int | None], list[str]] = {}
    index: dict[tuple[str, int | None], tuple[str, int | None]] = {}
    for rid in sorted(reviews):
        review = reviews[rid]
        # One film per (case-insensitive title, year); the first spelling seen names it.
        key = (review.title.casefold(), review.year)
        canonical = index.setdefault(key, (review.title, review.year))
        films.setdefault(canonical, []).append(rid)
    return dict(sorted(films.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1] or 0)))


def _write_db(
    path: Path,
    old_dir: Path | None,
    reviews: dict[str, Review],
    unchanged: list[str],
    new_rows: list[tuple[int, str, int, int, int, str]],
    annotations: dict[str, tuple[str | None, str | None]],
) -> None:
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        if old_dir is not None and unchanged:
            db.execute("ATTACH DATABASE ? AS old", (f"file:{old_dir / layout.PASSAGES}?mode=ro",))
            db.execute("CREATE TEMP TABLE keep (review_id TEXT PRIMARY KEY)")
            db.executemany("INSERT INTO keep VALUES (?)", [(r,) for r in unchanged])
            db.execute(
                "INSERT INTO reviews SELECT * FROM old.reviews WHERE review_id IN (SELECT review_id FROM keep)"
            )
            db.execute(
                "INSERT INTO passages SELECT * FROM old.passages WHERE review_id IN (SELECT review_id FROM keep)"
            )
            db.commit()
            db.execute("DETACH DATABASE old")
        kept = set(unchanged)
        fresh = {rid for rid in reviews if rid not in kept}
        db.executemany(
            "INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    rid,
                    r.title,
                    r.year,
                    r.text,
                    r.content_hash,
                    r.source_path,
                    _meta(r),
                    *annotations.get(rid, (None, None)),
                )
                for rid, r in reviews.items()
                if rid in fresh
            ],
        )
        db.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?)", new_rows)
        # Re-annotated but unchanged reviews (annotator version changed).
        db.executemany(
            "UPDATE reviews SET facts = ?, verdict = ? WHERE review_id = ?",
            [(f, v, rid) for rid, (f, v) in annotations.items() if rid not in fresh],
        )
        db.commit()
    finally:
        db.close()


def _bm25_rows(
    db_path: Path, film_number: dict[tuple[str, int | None], int]
) -> tuple[np.ndarray, np.ndarray, list[list[str]]]:
    db = sqlite3.connect(db_path)
    try:
        rows = db.execute(
            "SELECT p.chunk_id, r.title, r.year, p.text FROM passages p JOIN reviews r USING (review_id) "
            "ORDER BY p.chunk_id"
        ).fetchall()
    finally:
        db.close()
    lookup = {(t.casefold(), y): n for (t, y), n in film_number.items()}
    ids = np.asarray([r[0] for r in rows], dtype=np.int64)
    film = np.asarray([lookup[(r[1].casefold(), r[2])] for r in rows], dtype=np.int32)
    toks = [tokens(passage_document(r[1], r[2], r[3])) or ["_"] for r in rows]
    return ids, film, toks


def _report(
    reviews: dict[str, Review],
    films: dict[Any, Any],
    manifest: dict[str, Any],
    added: int,
    updated: int,
    removed: int,
    unchanged: int,
    loaded: Any,
    started: float,
    version: str,
) -> BuildReport:
    return BuildReport(
        films=len(films),
        reviews=len(reviews),
        chunks=int(manifest.get("counts", {}).get("passages", 0)),
        added=added,
        updated=updated,
        removed=removed,
        unchanged=unchanged,
        skipped=tuple(loaded.skipped),
        seconds=time.perf_counter() - started,
        version=version,
    )
