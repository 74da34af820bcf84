"""Vector store: FAISS with ids (the only module importing faiss).

Ids are the passages' chunk ids (int64, never reused), so a passage can be removed and replaced and a
stale id can never point at another passage.

The index type follows the size (`VectorStore.adapted`, called by every build):
  * below IVF_MIN_VECTORS: exact search over half-precision vectors (IndexIDMap2 over
    IndexScalarQuantizer fp16) — recall 1.0 against float32 for practical purposes (0.9994);
  * from IVF_MIN_VECTORS: IndexIVFScalarQuantizer (fp16 codes, nlist ≈ 2·√N, a hashtable direct map
    so incremental builds can still remove ids and the engine can read a passage's vector), with the
    smallest nprobe whose recall@10 against exact search (all lists probed) is ≥ TARGET_RECALL,
    measured when the store is trained and again at every build (`quality`, recorded in the manifest).
    The coarse quantiser is retrained when the store has grown RETRAIN_GROWTH× since training.
Query processes map IVF lists from the file (IO_FLAG_MMAP): start-up reads no vectors, and processes
serving one index version share the pages.
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import IndexCorruptError

log = logging.getLogger(__name__)

#: exact fp16 search passes ~7 ms per query (1 thread) at 200k vectors on the 2-core benchmark
#: machine (3.8 ms at 100k, 36 ms at 1M; benchmarks/run.py, FAISS growth table): IVF from there.
IVF_MIN_VECTORS = int(os.environ.get("FILMBOT_IVF_MIN_VECTORS", "200000"))
TARGET_RECALL = 0.98
RETRAIN_GROWTH = 4.0
RECALL_QUERIES = 200
NPROBE_FLOOR_DIVISOR = 32
_NPROBES = (4, 8, 16, 24, 32, 48, 64, 96, 128, 192, 256)

#: madvise(2) advice (Linux): back a range with transparent huge pages; and collapse it now (6.1+)
_MADV_HUGEPAGE = 14
_MADV_COLLAPSE = 25
_HUGE_PAGE = 2 << 20

_threads_set = False


def _faiss() -> Any:
    global _threads_set
    import faiss

    if not _threads_set:
        # One query at a time takes a few hundred microseconds single-threaded; FAISS's OpenMP team
        # costs ~16 ms per query on a shared 2-core machine (benchmarks/run.py, FAISS growth table).
        faiss.omp_set_num_threads(1)
        _threads_set = True
    return faiss


def _selector(ids: np.ndarray) -> tuple[Any, np.ndarray]:
    """An IDSelectorArray (the kind both IDMap2 and an IVF hashtable direct map accept) and the
    array it points into (keep it alive while the selector is used)."""
    faiss = _faiss()
    arr = np.ascontiguousarray(ids, dtype=np.int64)
    return faiss.IDSelectorArray(len(arr), faiss.swig_ptr(arr)), arr


class VectorStore:
    """Inner-product search over L2-normalised vectors (cosine), keyed by chunk id."""

    def __init__(self, index: Any) -> None:
        self._index = index
        #: vectors the IVF coarse quantiser was trained for (0 for exact search)
        self.trained_for = 0
        self.quality: dict[str, Any] = {"type": "flat-fp16"}

    @classmethod
    def empty(cls, dim: int) -> VectorStore:
        """Exact search over half-precision vectors: half the memory and time of float32, recall@10
        0.999 against it (benchmarks/run.py, FAISS growth table), and ids can still be removed."""
        faiss = _faiss()
        quantized = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        return cls(faiss.IndexIDMap2(quantized))

    @classmethod
    def load(cls, path: Path, *, mmap: bool = False, info: dict[str, Any] | None = None) -> VectorStore:
        """Read a saved store. `mmap`: map IVF lists from the file instead of reading them (read-only
        use). `info`: what the manifest recorded about it (`quality`)."""
        faiss = _faiss()
        try:
            index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP if mmap else 0)
        except Exception as exc:  # faiss raises RuntimeError with C++ text
            raise IndexCorruptError(
                f"The vector file {path} cannot be read ({str(exc).splitlines()[0][:120]}). "
                "Rebuild with `filmbot index build --rebuild`."
            ) from exc
        store = cls(index)
        if info:
            store.quality = dict(info)
            store.trained_for = int(info.get("trained_for", 0))
        elif store.is_ivf:
            store.quality = {"type": "ivf-fp16", "nprobe": int(index.nprobe)}
        return store

    def use_huge_pages(self, *, wait: bool = False) -> None:
        """Back an exact store's codes with huge pages (see huge_pages), on a thread of its own unless
        `wait`: a question asked meanwhile searches the same codes, at most a little slower."""
        if self.is_ivf:
            return  # its lists are pages of the file, mapped and shared: left as they are
        if wait:
            huge_pages(self._index)
        else:
            threading.Thread(target=huge_pages, args=(self._index,), name="huge-pages", daemon=True).start()

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        _faiss().write_index(self._index, str(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @property
    def is_ivf(self) -> bool:
        return not hasattr(self._index, "id_map")

    @property
    def dim(self) -> int:
        return int(self._index.d)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self._index.add_with_ids(
                np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64)
            )

    def remove(self, ids: np.ndarray) -> int:
        if not len(ids):
            return 0
        selector, _keep = _selector(np.asarray(ids, dtype=np.int64))
        return int(self._index.remove_ids(selector))

    def ids(self) -> np.ndarray:
        faiss = _faiss()
        if not self.is_ivf:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)
        lists = self._index.invlists
        parts = [
            faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
            for i in range(self._index.nlist)
            if lists.list_size(i)
        ]
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return np.zeros((0, self.dim), dtype=np.float32)
        # one call for both kinds: an IVF index finds each id through its direct map (a Python loop of
        # reconstruct calls cost ~4 µs per id: 40 BM25-only candidates per search)
        return np.asarray(self._index.reconstruct_batch(ids), dtype=np.float32)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for one query vector; ids of -1 are padding."""
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    # -- the index type follows the size ---------------------------------------------------
    def adapted(self, min_ivf: int | None = None) -> VectorStore:
        """The store to save after a build's adds and removes: this one, or its vectors moved to the
        index type its size calls for (exact below `min_ivf`, IVF from it; IVF retrained after
        RETRAIN_GROWTH× growth). Measures recall@10 of an IVF store against exact search."""
        min_ivf = IVF_MIN_VECTORS if min_ivf is None else min_ivf
        n = len(self)
        if not self.is_ivf:
            if n < min_ivf:
                return self
            return _train_ivf(self, n)
        if n < min_ivf // 2:  # shrunk well below the threshold: back to exact search
            ids = self.ids()
            flat = VectorStore.empty(self.dim)
            flat.add(ids, self.vectors(ids))
            return flat
        if n > RETRAIN_GROWTH * max(self.trained_for, 1):
            return _train_ivf(self, n)
        self.quality = {**self.quality, **_tune_nprobe(self._index, self.ids())}
        return self


def huge_pages(index: Any) -> bool:
    """Ask Linux to back the codes of an exact (IndexIDMap2 over a flat) index with 2 MB transparent
    huge pages; True when it took the advice. Exact search reads every code for each question (77 MB
    at 100k passages), with 4 kB pages a TLB miss every 4 kB, and what those cost depended on where
    the pages had landed: the same search took 3.2–4.7 ms in different processes on this machine
    (3.5–4.7 in one process for copies read at different times), 2.7–3.1 ms on huge pages, with the
    same results. Collapsing 77 MB takes ~0.2 s; a kernel without MADV_COLLAPSE (before 6.1) leaves
    it to khugepaged."""
    inner = getattr(index, "index", None)
    codes = getattr(_faiss().downcast_index(inner), "codes", None) if inner is not None else None
    if codes is None or not sys.platform.startswith("linux"):
        return False
    start, size = int(codes.data()), int(codes.size())
    low, high = -(-start // _HUGE_PAGE) * _HUGE_PAGE, (start + size) // _HUGE_PAGE * _HUGE_PAGE
    if high <= low:
        return False
    madvise = ctypes.CDLL(None, use_errno=True).madvise
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    madvise.restype = ctypes.c_int
    if madvise(low, high - low, _MADV_HUGEPAGE) != 0:
        return False
    if madvise(low, high - low, _MADV_COLLAPSE) != 0:
        log.debug("MADV_COLLAPSE refused (errno %d): khugepaged will collapse the codes", ctypes.get_errno())
    return True


def _sample_queries(vectors: np.ndarray, count: int, seed: int = 7) -> np.ndarray:
    """Question-like query vectors near the stored ones: normalise(a + 0.5·b + noise) of two random
    stored vectors (the mix bench_faiss.py uses for its synthetic passages)."""
    rng = np.random.default_rng(seed)
    i = rng.integers(0, len(vectors), count)
    j = rng.integers(0, len(vectors), count)
    noise = rng.standard_normal((count, vectors.shape[1])).astype(np.float32) * (
        0.6 / math.sqrt(vectors.shape[1])
    )
    q = vectors[i] + 0.5 * vectors[j] + noise
    return np.ascontiguousarray(q / np.linalg.norm(q, axis=1, keepdims=True), dtype=np.float32)


def _tune_nprobe(index: Any, ids: np.ndarray, k: int = 10) -> dict[str, Any]:
    """Set the smallest nprobe with recall@k ≥ TARGET_RECALL against exact search (every list
    probed: the same fp16 codes, scanned exhaustively) and return what was measured."""
    started = time.perf_counter()
    rng = np.random.default_rng(11)
    pick = ids[rng.choice(len(ids), min(len(ids), 2 * RECALL_QUERIES), replace=False)]
    sample = np.stack([index.reconstruct(int(i)) for i in pick]).astype(np.float32)
    queries = _sample_queries(sample, RECALL_QUERIES)
    faiss = _faiss()
    faiss.omp_set_num_threads(os.cpu_count() or 1)  # a batch search at build time may use every core
    try:
        index.nprobe = index.nlist
        _, truth = index.search(queries, k)
        chosen, recall = index.nlist, 1.0
        for nprobe in _NPROBES:
            if nprobe >= index.nlist:
                break
            index.nprobe = nprobe
            _, found = index.search(queries, k)
            recall = _recall(found, truth)
            if recall >= TARGET_RECALL:
                chosen = nprobe
                break
        else:
            recall = 1.0
        # A floor of ~3 % of the lists: the recall estimate comes from queries made of stored vectors,
        # optimistic where passages repeat (copies, near-duplicate reviews) or new text is unlike
        # the sample; the FAISS growth study needed nprobe 64 of 2,000 lists for 0.98 at 1M.
        floor = min(index.nlist, max(8, index.nlist // NPROBE_FLOOR_DIVISOR))
        if chosen < floor:
            chosen = floor
            index.nprobe = chosen
            recall = _recall(index.search(queries, k)[1], truth)
        index.nprobe = chosen
    finally:
        faiss.omp_set_num_threads(1)
    return {
        "nprobe": int(chosen),
        "recall10": round(float(recall), 4),
        "recall_queries": RECALL_QUERIES,
        "recall_against": "exact search of the same fp16 codes (all lists probed)",
        "tune_s": round(time.perf_counter() - started, 2),
    }


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    hits = sum(
        len(set(f[f >= 0].tolist()) & set(t[t >= 0].tolist())) for f, t in zip(found, truth, strict=True)
    )
    return hits / max(1, int((truth >= 0).sum()))


def _train_ivf(store: VectorStore, n: int) -> VectorStore:
    """A new IVF store holding `store`'s vectors, its quantiser trained on a sample of them."""
    started = time.perf_counter()
    faiss = _faiss()
    ids = store.ids()
    dim = store.dim
    nlist = min(max(16, int(2 * math.sqrt(n))), max(1, n // 2))  # tiny stores (tests): ≥ 2 per list
    rng = np.random.default_rng(1)
    train_ids = ids[np.sort(rng.choice(len(ids), min(len(ids), 30 * nlist), replace=False))]
    train = store.vectors(train_ids)
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFScalarQuantizer(
        quantizer, dim, nlist, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT
    )
    index.cp.niter = 10  # enough for recall ≥ 0.98 (benchmarks/bench_faiss.py); keeps 1M ≈ a minute
    index.cp.min_points_per_centroid = 5  # we train on 30 per list, on purpose: no warning for it
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        index.train(train)
        index.set_direct_map_type(faiss.DirectMap.Hashtable)
        step = 100_000
        for start in range(0, len(ids), step):
            part = ids[start : start + step]
            index.add_with_ids(store.vectors(part), part)
    finally:
        faiss.omp_set_num_threads(1)
    index.quantizer_trains_alone = 0
    out = VectorStore(index)
    out._quantizer = quantizer  # type: ignore[attr-defined]  # the IVF index does not own it
    out.trained_for = n
    out.quality = {
        "type": "ivf-fp16",
        "nlist": nlist,
        "trained_for": n,
        "train_s": round(time.perf_counter() - started, 2),
        **_tune_nprobe(index, ids),
    }
    log.info("vector store: IVF%d over %d vectors, %s", nlist, n, out.quality)
    return out
