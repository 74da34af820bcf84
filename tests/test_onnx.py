"""The ONNX fast path for query embedding: same vectors as sentence-transformers, checked by hash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.errors import ModelError
from index.onnx_embed import MANIFEST_FILE, MODEL_FILE, TOKENIZER_FILE, OnnxEmbedder, source_model_dir

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow  # exports the model (~6 s) and loads sentence-transformers

QUERIES = [
    "Who directed The Runaways?",
    "who plays joan jett",
    "What did critics say about the ending of Heat (1995)?",
    "Is it worth seeing?",
    "a",
    "   leading and trailing spaces   ",
    "Ünïcode café — naïve déjà vu 🎬 and 日本語 titles",
    "WHAT IS THE FILM ABOUT??? !!!",
    "",
    # > 256 word pieces: both paths must truncate at the same place (256 tokens incl. [CLS]/[SEP]).
    " ".join(f"sentence {i} about the pacing, the score and the lighting of the film." for i in range(60)),
    "the " * 300 + "ending",
]


def _filmbot(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FILMBOT_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "filmbot", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory holding an export made by the real CLI command."""
    data = tmp_path_factory.mktemp("filmbot-data")
    proc = _filmbot(data, "model", "export", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["exported"] is True
    assert Path(result["path"]) == data / "model" / MODEL_FILE
    return data


@pytest.fixture(scope="module")
def reference_model():  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(source_model_dir()), device="cpu")


@pytest.fixture()
def export_copy(data_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the export that a test may damage."""
    target = tmp_path / "model"
    shutil.copytree(data_dir / "model", target)
    return target


def test_onnx_vectors_match_sentence_transformers(data_dir: Path, reference_model) -> None:  # type: ignore[no-untyped-def]
    embedder = OnnxEmbedder.load(data_dir / "model")
    assert embedder is not None
    reference = reference_model.encode(QUERIES, normalize_embeddings=True, convert_to_numpy=True)
    batched = embedder.encode(QUERIES)
    one_by_one = np.vstack([embedder.encode([q]) for q in QUERIES])
    assert batched.shape == (len(QUERIES), 384)
    assert batched.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    for vectors in (batched, one_by_one):
        cosines = (vectors * reference).sum(axis=1)
        worst = int(np.argmin(cosines))
        assert cosines.min() >= 0.999, f"cosine {cosines.min():.5f} for {QUERIES[worst][:60]!r}"
    # Retrieval must rank the same way: the nearest reference vector of each query is its own.
    assert (np.argmax(batched @ reference.T, axis=1) == np.argmax(reference @ reference.T, axis=1)).all()


def test_long_text_is_truncated_at_256_tokens_like_the_model(data_dir: Path) -> None:
    embedder = OnnxEmbedder.load(data_dir / "model")
    assert embedder is not None
    long_text = "the " * 300 + "ending"
    # Whatever follows token 255 cannot change the vector: it is cut, as sentence-transformers cuts it.
    same = embedder.encode([long_text, "the " * 300 + "completely different words here"])
    assert float(same[0] @ same[1]) > 0.99999
    short = embedder.encode(["the ending"])
    assert float(same[0] @ short[0]) < 0.99


def test_export_command_is_idempotent(data_dir: Path) -> None:
    before = (data_dir / "model" / MODEL_FILE).stat().st_mtime_ns
    proc = _filmbot(data_dir, "model", "export", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)  # stdout carries only the JSON object
    assert result["exported"] is False
    assert (data_dir / "model" / MODEL_FILE).stat().st_mtime_ns == before


def test_no_export_means_none(tmp_path: Path) -> None:
    assert OnnxEmbedder.load(tmp_path / "model") is None
    assert OnnxEmbedder.load(tmp_path) is None


def test_tampered_model_file_is_refused_with_a_clear_error(export_copy: Path) -> None:
    model = export_copy / MODEL_FILE
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte inside the weights
    model.write_bytes(bytes(data))
    with pytest.raises(ModelError) as info:
        OnnxEmbedder.load(export_copy)
    message = str(info.value)
    assert str(model) in message
    assert "filmbot model export" in message


def test_tampered_tokenizer_and_missing_file_are_refused(export_copy: Path) -> None:
    tokenizer = export_copy / TOKENIZER_FILE
    tokenizer.write_text(tokenizer.read_text(encoding="utf-8").replace("[UNK]", "[UNX]"), encoding="utf-8")
    with pytest.raises(ModelError, match="altered or damaged"):
        OnnxEmbedder.load(export_copy)
    tokenizer.unlink()
    with pytest.raises(ModelError, match="incomplete"):
        OnnxEmbedder.load(export_copy)


def test_garbled_manifest_is_an_error_not_a_crash(export_copy: Path) -> None:
    (export_copy / MANIFEST_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="unreadable"):
        OnnxEmbedder.load(export_copy)


def test_export_command_repairs_a_damaged_export(export_copy: Path, tmp_path: Path) -> None:
    data_dir = export_copy.parent
    model = export_copy / MODEL_FILE
    model.write_bytes(model.read_bytes()[:1000])  # truncated file
    proc = _filmbot(data_dir, "model", "export", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["exported"] is True
    embedder = OnnxEmbedder.load(export_copy)
    assert embedder is not None
    assert embedder.encode(["who directed it?"]).shape == (1, 384)


def test_many_texts_in_parallel_batches_give_the_vectors_of_one_at_a_time(data_dir: Path) -> None:
    # A film's sentences (the plot answer) are encoded in batches run side by side on one session.
    embedder = OnnxEmbedder.load(data_dir / "model")
    assert embedder is not None
    embedder.batch_threads = 2
    texts = [f"{q} ({i})" for i, q in enumerate(QUERIES * 6)]
    together = embedder.encode(texts)
    alone = np.vstack([embedder.encode([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-4)
