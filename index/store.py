"""Vector store: FAISS with ids (the only module importing faiss).

Ids are the passages' chunk ids (int64, never reused), so a passage can be removed and replaced and a
stale id can never point at another passage.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import IndexCorruptError

log = logging.getLogger(__name__)


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


class VectorStore:
    """Exact inner-product search over L2-normalised vectors (cosine), keyed by chunk id."""

    def __init__(self, index: Any) -> None:
        self._index = index

    @classmethod
    def empty(cls, dim: int) -> VectorStore:
        """Exact search over half-precision vectors: half the memory and time of float32, recall@10
        0.999 against it (benchmarks/run.py, FAISS growth table), and ids can still be removed."""
        faiss = _faiss()
        quantized = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        return cls(faiss.IndexIDMap2(quantized))

    @classmethod
    def load(cls, path: Path) -> VectorStore:
        faiss = _faiss()
        try:
            index = faiss.read_index(str(path))
        except Exception as exc:  # faiss raises RuntimeError with C++ text
            raise IndexCorruptError(
                f"The vector file {path} cannot be read ({str(exc).splitlines()[0][:120]}). "
                "Rebuild with `filmbot index build --rebuild`."
            ) from exc
        return cls(index)

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        _faiss().write_index(self._index, str(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)

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
        faiss = _faiss()
        return int(self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype=np.int64))))

    def ids(self) -> np.ndarray:
        faiss = _faiss()
        return faiss.vector_to_array(self._index.id_map).astype(np.int64)

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._index.reconstruct_batch(ids), dtype=np.float32)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for one query vector; ids of -1 are padding."""
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]
