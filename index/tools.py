"""Engine operations that need no open index: verdicts of loose text, training the verdict model,
exporting the embedding model, and matching an answer against a gold answer.

The CLI and the bot reach them through the package root (`from index import classify_text`), like
everything else. Each imports its module on first call, so `import index` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.types import ReviewVerdict, VerdictSummary


def classify_text(text: str, review_id: str = "") -> ReviewVerdict:
    """The verdict of one review text (VerdictError when there is nothing to classify)."""
    from index.verdict import classify

    return classify(text, review_id)


def verdict_text(summary: VerdictSummary) -> str:
    """The sentence a user sees for a film's verdict, e.g. 'Positive: 2 of 3 reviews are positive …'."""
    from index.verdict import summary_text

    return summary_text(summary)


def train_verdicts(data_dir: Path) -> dict[str, Any]:
    """Train the verdict models on the shared data sets; returns the figures written beside the weights."""
    from index.verdict_train import train

    return train(data_dir)


def export_model(cache_dir: Path, *, force: bool = False) -> dict[str, Any]:
    """Export the embedding model to ONNX in `cache_dir` unless a valid export is there, and make
    the verdict encoder from it (index.verdict_lora) unless it is there too.

    Returns {"path", "exported", "onnx_sha256", "check_cosine", "verdict_encoder"}.
    """
    from index.onnx_embed import ensure_export, ensure_verdict_model, read_manifest
    from index.verdict import ADAPTERS

    path, exported = ensure_export(cache_dir, force=force)
    manifest = read_manifest(cache_dir) or {}
    return {
        "path": str(path),
        "exported": exported,
        "onnx_sha256": manifest.get("onnx_sha256"),
        "check_cosine": manifest.get("check_cosine"),
        "verdict_encoder": str(ensure_verdict_model(cache_dir, ADAPTERS)),
    }


def answer_contains(answer_text: str, gold: str) -> bool:
    """Whether a gold answer appears in an answer (case-, accent- and punctuation-insensitive)."""
    from index.answer.evidence import answer_contains as contains

    return contains(answer_text, gold)
