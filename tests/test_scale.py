"""Scale (issue 15): the vector index type follows the size, the encoder is recorded and never mixed,
facts are read from cue sentences only, and chunk rows need no dict."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from index import layout
from index.errors import IndexMismatchError
from index.store import VectorStore


def _unit(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((20, dim)).astype(np.float32)
    x = centres[rng.integers(0, 20, n)] + 0.4 * rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_small_store_stays_exact() -> None:
    store = VectorStore.empty(32)
    store.add(np.arange(1, 101), _unit(100))
    assert store.adapted(min_ivf=1000) is store
    assert not store.is_ivf
    assert store.quality["type"] == "flat-fp16"


def test_large_store_becomes_ivf_with_measured_recall(tmp_path: Path) -> None:
    x = _unit(3000)
    ids = np.arange(10, 3010, dtype=np.int64)
    flat = VectorStore.empty(32)
    flat.add(ids, x)
    ivf = flat.adapted(min_ivf=2000)
    assert ivf.is_ivf and len(ivf) == 3000
    q = ivf.quality
    assert q["type"] == "ivf-fp16" and q["recall10"] >= 0.98 and q["nprobe"] >= 1 and q["trained_for"] == 3000
    assert np.array_equal(np.sort(ivf.ids()), ids)
    # the same top hit as exact search, the stored vector read back by id
    scores, found = ivf.search(x[5], 5)
    assert found[0] == ids[5] and scores[0] > 0.99
    assert np.allclose(ivf.vectors(np.array([ids[7]]))[0], x[7], atol=1e-3)
    # incremental builds remove ids (hashtable direct map) and add new ones
    assert ivf.remove(ids[:100]) == 100
    ivf.add(np.array([5000], dtype=np.int64), x[:1])
    assert len(ivf) == 2901
    again = ivf.adapted(min_ivf=2000)  # not grown 4×: kept, recall measured again
    assert again is ivf and again.quality["recall10"] >= 0.98
    # saved, then read memory-mapped (read-only, as the engine does)
    path = tmp_path / "vectors.faiss"
    ivf.save(path)
    loaded = VectorStore.load(path, mmap=True, info=ivf.quality)
    assert loaded.is_ivf and len(loaded) == 2901 and loaded.quality["nprobe"] == ivf.quality["nprobe"]
    assert loaded.search(x[500], 1)[1][0] == ids[500]
    # shrunk far below the threshold: back to exact search, same ids
    small = loaded.adapted(min_ivf=10_000)
    assert not small.is_ivf and len(small) == 2901


def test_chunk_rows_without_a_dict(engine) -> None:  # type: ignore[no-untyped-def]
    snap = engine.snapshot
    first = int(snap.row_chunk_ids[0])
    assert snap.chunk_row[first] == 0 and snap.chunk_row.get(-5) is None and first in snap.chunk_row
    assert len(snap.chunk_row) == snap.passage_count


class _FakeEncoder:
    """Random unit vectors labelled as another encoder's."""

    encoder_id = "int8"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        x = np.random.default_rng(len(texts)).standard_normal((len(texts), 384)).astype(np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)


def _fresh_build(tmp_path: Path) -> tuple[Path, Path, dict]:  # type: ignore[type-arg]
    """The tiny corpus built once with the fake encoder: (corpus, index dir, manifest)."""
    from index.build import run_build
    from tests.conftest import copy_tiny_corpus

    corpus = copy_tiny_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    run_build(index_dir, [corpus], encoder=_FakeEncoder)
    version = layout.current_version_dir(index_dir)
    assert version is not None
    return corpus, index_dir, json.loads((version / layout.MANIFEST).read_text(encoding="utf-8"))


def test_encoder_is_recorded_and_never_mixed(tmp_path: Path) -> None:
    from index.build import run_build

    corpus, index_dir, manifest = _fresh_build(tmp_path)
    assert manifest["model"]["encoder"] == "int8"
    assert manifest["vectors"]["type"] == "flat-fp16"
    assert set(manifest["build"]["stages"]) >= {"embed", "vectors", "sqlite", "bm25"}
    assert manifest["build"]["stages_cpu"].keys() == manifest["build"]["stages"].keys()  # CPU beside wall
    assert manifest["build"]["annotation"]["build_verdicts_cpu_s"] >= 0

    class Fp32(_FakeEncoder):
        encoder_id = "fp32"

    (corpus / "new-film.md").write_text(
        "---\ntitle: New Film\nyear: 2020\n---\nA new review.\n", encoding="utf-8"
    )
    with pytest.raises(IndexMismatchError, match="rebuild"):
        run_build(index_dir, [corpus], encoder=Fp32)
    run_build(index_dir, [corpus], encoder=Fp32, rebuild=True)  # a rebuild switches encoders


def test_build_switches_to_ivf_above_the_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from index import store
    from index.build import run_build

    monkeypatch.setattr(store, "IVF_MIN_VECTORS", 4)
    corpus, index_dir, manifest = _fresh_build(tmp_path)
    assert manifest["vectors"]["type"] == "ivf-fp16" and manifest["vectors"]["recall10"] >= 0.98
    # an incremental build removes a changed review's passages from the IVF store
    victim = sorted(corpus.iterdir())[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    report = run_build(index_dir, [corpus], encoder=_FakeEncoder)
    assert report.updated == 1
    from index.snapshot import Snapshot

    snap = Snapshot.open(index_dir)
    assert snap.vectors.is_ivf and len(snap.vectors) == snap.passage_count


def test_cue_sentences_keep_every_fact_sentence() -> None:
    from index.fact_cues import candidate_text, is_candidate

    kept = [
        "Jaws is a 1975 American thriller film directed by Steven Spielberg.",
        "It stars Roy Scheider, Robert Shaw and Richard Dreyfuss.",
        "Kristen Stewart as Joan Jett is a revelation.",
        "As the villain, Raf Vallone is chilling.",
        "Her mother (Tatum O'Neal) drinks.",
        "Michael Shannon plays the producer Kim Fowley.",
        "The film is based on the memoir Neon Angel by Cherie Currie.",
        "The screenplay is credited to Benchley and actor-writer Carl Gottlieb.",
        "Shannon is a convincing Fowley.",
        "John Farrow stepped in as director when Busby Berkeley became ill.",
    ]
    dropped = [
        "The shark attacks a boy as the town celebrates.",
        "it was a long summer.",
        "The ending is as loud as the rest.",
    ]
    assert all(is_candidate(s) for s in kept)
    assert not any(is_candidate(s) for s in dropped)
    text = " ".join(kept[:2] + dropped[:1] + kept[2:3])
    assert candidate_text(text).splitlines() == [kept[0], kept[1], kept[2]]


def teststored_title_keys_are_used_only_while_this_code_makes_the_same(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from index.snapshot import stored_title_keys
    from index.titles import film_keys, keys_fingerprint

    titles = [f.ref.title for f in engine.snapshot.films]
    stored = stored_title_keys(engine.snapshot.dir, titles)
    assert stored is not None and [(k, a) for k, a in stored] == film_keys(titles)
    # keys made by other code (a changed rule) are recomputed, whether or not the fingerprint shows it
    for fingerprint, keys in (
        ("other code", film_keys(titles)),
        (keys_fingerprint(), [["x", ["x"]]] * len(titles)),
    ):
        (tmp_path / layout.TITLES).write_text(json.dumps({"fingerprint": fingerprint, "keys": keys}))
        assert stored_title_keys(tmp_path, titles) is None


def test_manifest_documents_are_read_on_first_use(tmp_path: Path) -> None:
    import os

    from index.errors import IndexCorruptError
    from index.snapshot import Snapshot, read_manifest

    _corpus, index_dir, manifest = _fresh_build(tmp_path)
    snap = Snapshot.open(index_dir)
    assert dict(snap.manifest["documents"]) == manifest["documents"]
    # a version is immutable: a manifest changed after opening is reported, not half-read
    again = Snapshot.open(index_dir)
    path = again.dir / layout.MANIFEST
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1))
    with pytest.raises(IndexCorruptError, match="cannot be read again"):
        len(again.manifest["documents"])
    assert read_manifest(again.dir)["documents"] == manifest["documents"]


def test_embedding_takes_the_spare_core_once_annotation_is_done() -> None:
    import threading
    import time

    from index.embedding import DIMENSION, encode_with_progress

    class Overlapping:
        """Vectors made from each text; records how many calls ran at once."""

        concurrent = True

        def __init__(self) -> None:
            self.running = self.most = 0
            self.lock = threading.Lock()

        def encode(self, texts: Sequence[str]) -> np.ndarray:
            with self.lock:
                self.running += 1
                self.most = max(self.most, self.running)
            time.sleep(0.01)
            with self.lock:
                self.running -= 1
            out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
            out[:, 0] = [len(t) for t in texts]
            out[:, 1] = [int(t.split()[-1]) for t in texts]
            return out

    texts = [f"{'w ' * (i % 7)}{i}" for i in range(50)]
    free = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        free.set()  # the worker finishes after the first slice

    encoder = Overlapping()
    vectors = encode_with_progress(encoder, texts, progress, step=4, spare_core=free.is_set)
    assert vectors[:, 1].tolist() == list(range(50))  # every vector in its text's row
    assert vectors[:, 0].tolist() == [len(t) for t in texts]
    assert encoder.most == 2 and seen[-1] == 50 and seen == sorted(seen)
    alone = Overlapping()
    assert np.array_equal(encode_with_progress(alone, texts, None, step=4), vectors) and alone.most == 1
