"""Engine settings: environment variables (prefix FILMBOT_) and an optional `.env` file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def split_list(value: object) -> object:
    """Accept "a,b" and "a b" as well as JSON lists for list-valued settings."""
    if isinstance(value, str):
        value = value.strip()
        if value.startswith("["):
            import json

            return json.loads(value)
        return [part for part in value.replace(",", " ").split() if part]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="FILMBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    #: where filmbot keeps its index, the ONNX model cache and feedback
    data_dir: Path = Path(".filmbot")
    #: the index directory; defaults to DATA_DIR/index
    index_dir: Path | None = None
    #: corpus paths (directories or .md/.txt/.csv/.jsonl files), comma-separated
    corpus: Annotated[list[Path], NoDecode] = [Path("corpus")]
    log_level: str = "INFO"
    #: use the ONNX export of the model for query embedding when it is present
    onnx: bool = True
    #: the encoder new indexes are built with: "int8" (quantised ONNX, ~1.6× faster, cosine 0.995 to
    #: fp32) or "fp32". Questions always use the encoder the live index was built with.
    encoder: Literal["int8", "fp32"] = "int8"
    #: how often (seconds) a running engine checks CURRENT and switches to a version another process
    #: published (several bot processes sharing one index); 0 = never (a process sees only its own
    #: reindexes)
    follow_seconds: float = 0.0

    _split = field_validator("corpus", mode="before")(split_list)

    @field_validator("index_dir", mode="before")
    @classmethod
    def _blank_is_default(cls, value: object) -> object:
        # `FILMBOT_INDEX_DIR=` in a .env means "not set", not "the current directory"
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def resolved_index_dir(self) -> Path:
        return self.index_dir if self.index_dir is not None else self.data_dir / "index"

    @property
    def model_cache_dir(self) -> Path:
        return self.data_dir / "model"
