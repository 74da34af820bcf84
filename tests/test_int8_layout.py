"""The int8 encoder's weights sit beside its graph (ONNX external data), memory-mapped by onnxruntime;
an int8 variant of the older one-file layout is converted, not quantised again."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from index.errors import ModelError
from index.model_files import file_sha256
from index.onnx_embed import (
    INT8_DATA,
    INT8_FILE,
    INT8_MANIFEST,
    OnnxEmbedder,
    _session,
    _tokenizer,
    ensure_int8,
    verify_int8,
)
from tests.test_onnx import _filmbot

pytestmark = pytest.mark.slow  # exports and quantises the model (~15 s)

TEXTS = [
    "Who directed The Runaways?",
    "a",
    "Kristen Stewart plays Joan Jett and Dakota Fanning is Cherie Currie; the music is loud.",
    " ".join(["a long review sentence about pacing and light"] * 60),
]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export (with its int8 variant) made by the real CLI command."""
    data = tmp_path_factory.mktemp("filmbot-data")
    proc = _filmbot(data, "model", "export", "--json")
    assert proc.returncode == 0, proc.stderr
    return data / "model"


@pytest.fixture()
def model(export: Path, tmp_path: Path) -> Path:
    """A private copy of the export that a test may change."""
    target = tmp_path / "model"
    shutil.copytree(export, target)
    return target


def _one_file(model: Path) -> Path:
    """The int8 variant rewritten in the older layout (weights inside the graph file, format 1)."""
    import onnx

    data = json.loads((model / INT8_MANIFEST).read_text(encoding="utf-8"))
    single = model / "single.onnx"
    onnx.save_model(onnx.load(str(model / INT8_FILE)), str(single))
    os.replace(single, model / INT8_FILE)
    (model / INT8_DATA).unlink()
    data.pop("int8_data_sha256")
    data.update(format=1, int8_sha256=file_sha256(model / INT8_FILE))
    (model / INT8_MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    return model / INT8_FILE


def test_int8_weights_are_a_file_beside_the_graph(model: Path) -> None:
    data = verify_int8(model)
    assert data is not None and data["format"] == 2
    assert data["int8_data_sha256"] == file_sha256(model / INT8_DATA)
    # the graph is small; the weights (the word embedding table most of all) are in the other file
    assert (model / INT8_FILE).stat().st_size < 2_000_000 < (model / INT8_DATA).stat().st_size
    assert (model / INT8_DATA).stat().st_mode & 0o777 == (model / INT8_FILE).stat().st_mode & 0o777
    embedder = OnnxEmbedder.load(model, variant="int8", release_memory=True)
    assert embedder is not None
    assert embedder.encode(TEXTS).shape == (len(TEXTS), 384)
    if sys.platform.startswith("linux"):  # onnxruntime maps the weights instead of copying them
        assert str(model / INT8_DATA) in Path("/proc/self/maps").read_text(encoding="ascii", errors="replace")


def test_a_one_file_int8_model_is_converted_to_the_same_vectors(model: Path) -> None:
    before = json.loads((model / INT8_MANIFEST).read_text(encoding="utf-8"))
    one_file = _one_file(model)
    tokenizer = _tokenizer(model / "tokenizer.json")
    old = OnnxEmbedder(_session(one_file, 1), tokenizer, {}, encoder_id="int8").encode(TEXTS)
    assert verify_int8(model) is None  # an older format: not used as it is
    assert ensure_int8(model) == model / INT8_FILE
    after = verify_int8(model)
    assert after is not None and after["format"] == 2
    assert after["made_at"] == before["made_at"]  # converted, not quantised again
    embedder = OnnxEmbedder.load(model, variant="int8")
    assert embedder is not None
    assert np.array_equal(embedder.encode(TEXTS), old)


def test_damaged_int8_weights_are_refused_and_made_again(model: Path) -> None:
    weights = model / INT8_DATA
    raw = bytearray(weights.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    weights.write_bytes(bytes(raw))
    with pytest.raises(ModelError, match="does not match"):
        verify_int8(model)
    assert ensure_int8(model) == model / INT8_FILE
    assert verify_int8(model) is not None


# -- the verdict encoder: the export with fine-tuned adapters, quantised the same way --------------


def test_the_verdict_encoder_is_made_once_from_the_shipped_adapters_and_reads_sentiment(model: Path) -> None:
    from index.onnx_embed import VERDICT_PREFIX, ensure_verdict_model, verdict_embedder
    from index.verdict import ADAPTERS, VerdictModel

    path = ensure_verdict_model(model, ADAPTERS)
    assert path.parent.name == VERDICT_PREFIX + file_sha256(ADAPTERS)[:12]
    made = path.stat().st_mtime_ns
    assert ensure_verdict_model(model, ADAPTERS).stat().st_mtime_ns == made  # made once, then reused
    weights = VerdictModel.load()
    vectors = verdict_embedder(model, ADAPTERS).encode(
        ["A triumph, moving and beautifully acted.", "A dull, lifeless, boring mess."]
    )
    odds = vectors @ weights.sentence_emb + weights.sentence_emb_bias
    assert odds[0] > 0 > odds[1]
    base = OnnxEmbedder.load(model, variant="int8")
    assert base is not None and float((base.encode(["A dull mess."]) @ vectors[1]).item()) < 0.99
    # a damaged file is made again, not read
    (path.parent / INT8_DATA).write_bytes(b"broken")
    assert ensure_verdict_model(model, ADAPTERS) == path
    assert (
        file_sha256(path.parent / INT8_DATA)
        == json.loads((path.parent / INT8_MANIFEST).read_text())["int8_data_sha256"]
    )


def test_verdict_weights_refuse_adapters_of_another_training(tmp_path: Path) -> None:
    from index.errors import VerdictError
    from index.verdict import ADAPTERS, WEIGHTS, VerdictModel

    weights = tmp_path / "verdict.npz"
    shutil.copyfile(WEIGHTS, weights)
    shutil.copyfile(ADAPTERS, tmp_path / "verdict-lora.npz")
    VerdictModel.load(weights)
    with open(tmp_path / "verdict-lora.npz", "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(VerdictError, match="filmbot verdict train"):
        VerdictModel.load(weights)
