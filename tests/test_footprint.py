"""A query process's memory: BM25 postings are read, not mapped; glibc's mmap threshold is fixed."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from index.bm25_index import write
from index.snapshot import Bm25Reader


def _docs(n: int = 800) -> list[list[str]]:
    """Passages with "film" in most, "story" in three of four, rare names in a few."""
    rng = np.random.default_rng(3)
    rare = [f"name{i}" for i in range(60)]
    docs = []
    for i in range(n):
        words = ["film"] * int(rng.integers(0, 3)) + ["story"] * int(i % 4 != 0)
        words += list(rng.choice(rare, size=int(rng.integers(0, 3))))
        docs.append(words + ["filler"] * int(rng.integers(1, 30)))
    return docs


def _mapped_paths() -> str:
    return Path("/proc/self/maps").read_text(encoding="ascii", errors="replace")


def _open_paths() -> set[str]:
    paths = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the directory listing's own descriptor, closed by now
            paths.add(os.readlink(f"/proc/self/fd/{fd}"))
    return paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self")
def test_bm25_postings_are_read_not_mapped_and_closed_with_the_reader(tmp_path: Path) -> None:
    write(tmp_path / "bm25", _docs())
    reader = Bm25Reader(tmp_path / "bm25")
    for query in (["film", "name3"], ["story", "film"], ["name7"]):
        reader.top(query, 10)
        reader.score_rows(query, np.arange(0, 800, 7))
    assert str(tmp_path / "bm25") not in _mapped_paths()
    assert str(tmp_path / "bm25" / "data.csc.index.npy") in _open_paths()
    del reader
    gc.collect()
    assert not any(path.startswith(str(tmp_path)) for path in _open_paths())


def test_postings_read_on_several_threads_score_as_one_thread(tmp_path: Path) -> None:
    # each thread reads a common word's postings into its own buffer: answers must not mix
    write(tmp_path / "bm25", _docs())
    reader = Bm25Reader(tmp_path / "bm25")
    queries = [["film", f"name{i}"] for i in range(40)] + [["story", "film"], ["film"], ["story"]]
    rows = np.arange(0, 800, 3)
    expected = [(reader.top(q, 15), reader.score_rows(q, rows), reader.get_scores(q)) for q in queries]

    def one(i: int) -> bool:
        q = queries[i % len(queries)]
        (top_rows, top_scores), some, full = expected[i % len(queries)]
        got_rows, got_scores = reader.top(q, 15)
        return (
            np.array_equal(got_rows, top_rows)
            and np.array_equal(got_scores, top_scores)
            and np.array_equal(reader.score_rows(q, rows), some)
            and np.array_equal(reader.get_scores(q), full)
        )

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(one, range(400)))


def test_a_truncated_postings_file_is_a_corrupt_index(tmp_path: Path) -> None:
    from index.errors import IndexCorruptError

    write(tmp_path / "bm25", _docs())
    path = tmp_path / "bm25" / "indices.csc.index.npy"
    path.write_bytes(path.read_bytes()[:-400])
    reader = Bm25Reader(tmp_path / "bm25")
    with pytest.raises(IndexCorruptError):
        reader.get_scores(list(reader.vocab_dict))  # one of them has its postings at the end


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_engine_fixes_the_malloc_threshold_once() -> None:
    import ctypes

    from index import engine

    try:
        ctypes.CDLL(None).gnu_get_libc_version  # noqa: B018
    except AttributeError:
        pytest.skip("not glibc")
    assert engine.fix_malloc_threshold() is True
    assert engine.fix_malloc_threshold() is True


def test_the_best_rows_above_a_sampled_floor_are_the_best_of_all() -> None:
    # _candidates keeps only rows at or above the k-th best of every 64th row: with ties at the k-th
    # place and rows never sampled holding the best scores, the k best must still be those of all rows
    from index.snapshot import _best, _candidates

    rng = np.random.default_rng(9)
    for n, k in ((5_000, 1), (5_000, 40), (20_000, 50), (300, 40), (70, 5)):
        scores = rng.choice(np.array([0, 0, 0, 0.5, 1.0, 1.5, 2.0], dtype=np.float32), size=n)
        scores[rng.choice(n, 3, replace=False) | 1] = 9.0  # odd rows: never in the sample
        rows = _candidates(scores, k)
        everything = np.flatnonzero(scores > 0)
        got, want = _best(rows, scores[rows], k), _best(everything, scores[everything], k)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1]), (n, k)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="madvise(2) advice numbers are Linux's")
def test_an_exact_store_on_huge_pages_searches_the_same(tmp_path: Path) -> None:
    from index.store import VectorStore, huge_pages

    rng = np.random.default_rng(2)
    vectors = rng.standard_normal((12_000, 384)).astype(np.float32)  # 9 MB of fp16 codes
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store = VectorStore.empty(384)
    store.add(np.arange(5, 12_005, dtype=np.int64), vectors)
    store.save(tmp_path / "vectors.faiss")
    loaded = VectorStore.load(tmp_path / "vectors.faiss", mmap=True)
    before = [loaded.search(q, 40) for q in vectors[:20]]
    assert huge_pages(loaded._index) is True
    loaded.use_huge_pages(wait=True)  # again, and through the store: harmless
    after = [loaded.search(q, 40) for q in vectors[:20]]
    assert all(
        np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) for a, b in zip(before, after, strict=True)
    )
