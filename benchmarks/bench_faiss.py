"""How dense search grows with the number of passages, and when to leave exact (flat) search.

For each size N the store holds N vectors made from real passage vectors (see `synthetic`), and the
queries are real question vectors. Measured per index type: build (train + add) time, memory
(serialised size, which is what a process holds), single-query latency p50/p99 at the depth the
engine asks for (k=40), and recall@10 against exact search. IVF and HNSW are swept over their search
knob (nprobe / efSearch) and reported at the cheapest setting with recall@10 ≥ 0.98.

    python benchmarks/bench_faiss.py BASE.npy QUERIES.npy --sizes 10000,100000,1000000 [--hnsw-max 100000]

prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from typing import Any

import numpy as np

TARGET_RECALL = 0.98
K_RECALL = 10
K_ENGINE = 40  # retrieval asks FAISS for max(4k, 40) passages


def synthetic(base: np.ndarray, n: int, seed: int = 0) -> np.ndarray:
    """n unit vectors near the real ones: the first len(base) are the real vectors themselves, the rest
    mix two random real vectors plus Gaussian noise (≈ the spread of real passage neighbourhoods)."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    m = min(n, len(base))
    out[:m] = base[:m]
    step = 100_000
    for start in range(m, n, step):
        size = min(step, n - start)
        i = rng.integers(0, len(base), size)
        j = rng.integers(0, len(base), size)
        noise = rng.standard_normal((size, base.shape[1])).astype(np.float32) * (
            0.6 / math.sqrt(base.shape[1])
        )
        block = base[i] + 0.5 * base[j] + noise
        out[start : start + size] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def _latency(index: Any, queries: np.ndarray, k: int) -> dict[str, float]:
    for q in queries[:5]:
        index.search(q.reshape(1, -1), k)
    samples = []
    for q in queries:
        t = time.perf_counter()
        index.search(q.reshape(1, -1), k)
        samples.append(time.perf_counter() - t)
    ms = np.asarray(samples) * 1000
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 3),
        "p99_ms": round(float(np.percentile(ms, 99)), 3),
    }


def _recall(index: Any, queries: np.ndarray, truth: np.ndarray) -> float:
    _, found = index.search(queries, K_RECALL)
    hits = sum(len(set(f.tolist()) & set(t.tolist())) for f, t in zip(found, truth, strict=True))
    return hits / truth.size


def _memory_mb(index: Any) -> float:
    import faiss

    return round(faiss.serialize_index(index).nbytes / 2**20, 1)


def study(
    base: np.ndarray, queries: np.ndarray, sizes: list[int], hnsw_max: int, threads: int = 1
) -> dict[str, Any]:
    import faiss

    dim = base.shape[1]
    default_threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(threads)
    results: list[dict[str, Any]] = []
    for n in sizes:
        xb = synthetic(base, n)
        row: dict[str, Any] = {"n": n}
        t = time.perf_counter()
        flat = faiss.IndexFlatIP(dim)
        flat.add(xb)
        row["flat"] = {
            "build_s": round(time.perf_counter() - t, 2),
            "memory_mb": _memory_mb(flat),
            "recall10": 1.0,
        }
        row["flat"].update(_latency(flat, queries, K_ENGINE))
        # FAISS's default: one OpenMP thread per core. On a shared 2-core box a single query then waits
        # for a second thread that may not be scheduled; this is what the engine gets unless it sets 1.
        faiss.omp_set_num_threads(default_threads)
        row["flat_default_threads"] = _latency(flat, queries, K_ENGINE)
        faiss.omp_set_num_threads(threads)
        _, truth = flat.search(queries, K_RECALL)

        # Exact scan of half-precision vectors: half the memory of flat.
        t = time.perf_counter()
        fp16 = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        fp16.train(xb[:1000])
        fp16.add(xb)
        row["flat_fp16"] = {
            "build_s": round(time.perf_counter() - t, 2),
            "memory_mb": _memory_mb(fp16),
            "recall10": round(_recall(fp16, queries, truth), 4),
            **_latency(fp16, queries, K_ENGINE),
        }
        del fp16

        # IVF-Flat: ~2·√N lists (adding 1M vectors stays ~1 min here), trained on 30 points per list.
        nlist = max(16, int(2 * math.sqrt(n)))
        t = time.perf_counter()
        ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
        faiss.omp_set_num_threads(default_threads)  # training and adding may use both cores
        ivf.cp.niter = 10  # k-means iterations: 10 is plenty for recall ≥ 0.98 and keeps 1M under a minute
        train = xb[np.random.default_rng(1).choice(n, min(n, 30 * nlist), replace=False)]
        ivf.train(train)
        ivf.add(xb)
        build_s = time.perf_counter() - t
        faiss.omp_set_num_threads(threads)
        sweep = []
        chosen = None
        for nprobe in (1, 2, 4, 8, 16, 32, 64, 128, 256):
            if nprobe > nlist:
                break
            ivf.nprobe = nprobe
            rec = _recall(ivf, queries, truth)
            sweep.append({"nprobe": nprobe, "recall10": round(rec, 4)})
            if rec >= TARGET_RECALL:
                chosen = {"nprobe": nprobe, "recall10": round(rec, 4), **_latency(ivf, queries, K_ENGINE)}
                break
        row["ivf"] = {
            "nlist": nlist,
            "build_s": round(build_s, 2),
            "memory_mb": _memory_mb(ivf),
            "at_target": chosen,
            "sweep": sweep,
        }
        del ivf

        if n <= hnsw_max:
            t = time.perf_counter()
            hnsw = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            hnsw.hnsw.efConstruction = 40
            faiss.omp_set_num_threads(default_threads)
            hnsw.add(xb)
            build_s = time.perf_counter() - t
            faiss.omp_set_num_threads(threads)
            sweep, chosen = [], None
            for ef in (40, 64, 128, 256, 512):
                hnsw.hnsw.efSearch = max(ef, K_ENGINE)
                rec = _recall(hnsw, queries, truth)
                sweep.append({"efSearch": hnsw.hnsw.efSearch, "recall10": round(rec, 4)})
                if rec >= TARGET_RECALL:
                    chosen = {
                        "efSearch": hnsw.hnsw.efSearch,
                        "recall10": round(rec, 4),
                        **_latency(hnsw, queries, K_ENGINE),
                    }
                    break
            row["hnsw"] = {
                "M": 32,
                "build_s": round(build_s, 2),
                "memory_mb": _memory_mb(hnsw),
                "at_target": chosen,
                "sweep": sweep,
            }
            del hnsw
        else:
            row["hnsw"] = None
        results.append(row)
        del flat, xb
    return {
        "vectors": "first N real passage vectors, the rest synthetic: normalise(a + 0.5·b + noise) of two random "
        "real passage vectors a, b, noise σ = 0.6/√384 per dimension",
        "queries": len(queries),
        "k_latency": K_ENGINE,
        "faiss_threads": threads,
        "faiss_default_threads": default_threads,
        "sizes": results,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", help=".npy of real passage vectors (n, 384)")
    parser.add_argument("queries", help=".npy of real question vectors (q, 384)")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--hnsw-max", type=int, default=100_000)
    parser.add_argument("--threads", type=int, default=1, help="OpenMP threads for searches (default 1)")
    args = parser.parse_args()
    base = np.load(args.base).astype(np.float32)
    queries = np.ascontiguousarray(np.load(args.queries), dtype=np.float32)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(json.dumps(study(base, queries, sizes, args.hnsw_max, args.threads)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
