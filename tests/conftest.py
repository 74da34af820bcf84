"""Shared fixtures: a tiny real corpus, a real index built from it with the real model."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED_DATA = (ROOT / ".." / "shared" / "data").resolve()
RUNAWAYS = ROOT / "corpus" / "the-runaways-2010.md"


def require_shared_data() -> Path:
    """The shared data sets live beside the repo (../shared/data) and are never copied into it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent: this test reads the shared data sets from ../shared/data")
    return SHARED_DATA


@pytest.fixture
def shared_data() -> Path:
    return require_shared_data()


def copy_tiny_corpus(dest: Path) -> Path:
    """The Runaways (shipped corpus) + Alien (Markdown with front matter) + a JSONL file with Heat and a
    second review of The Runaways: three films, four reviews, three formats' worth of fields."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(RUNAWAYS, dest / RUNAWAYS.name)
    for path in (FIXTURES / "corpus").iterdir():
        shutil.copy(path, dest / path.name)
    return dest


def make_settings(tmp: Path, corpus: Path | None = None, **extra: Any):  # type: ignore[no-untyped-def]
    from index import Settings

    return Settings(
        data_dir=tmp / "data",
        index_dir=tmp / "index",
        corpus=[corpus] if corpus is not None else [tmp / "corpus"],
        onnx=False,
        **extra,
    )


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only (by convention) copy of the tiny corpus; copy it again if a test edits files."""
    return copy_tiny_corpus(tmp_path_factory.mktemp("tiny") / "corpus")


@pytest.fixture(scope="session")
def engine_settings(tiny_corpus: Path):  # type: ignore[no-untyped-def]
    return make_settings(tiny_corpus.parent, tiny_corpus)


@pytest.fixture(scope="session")
def engine(engine_settings):  # type: ignore[no-untyped-def]
    """A real engine over the tiny corpus (real model, real FAISS). Shared: do not reindex it."""
    from index import Engine, build_index

    build_index(engine_settings)
    return Engine.open(engine_settings)


@pytest.fixture
def fresh_engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An engine of its own over a private copy of the tiny corpus, for tests that change things."""
    from index import Engine, build_index

    corpus = copy_tiny_corpus(tmp_path / "corpus")
    settings = make_settings(tmp_path, corpus)
    build_index(settings)
    return Engine.open(settings)


HEAT_1986 = (
    "---\ntitle: Heat\nyear: 1986\ndirector: Dick Richards\ncast:\n  - Burt Reynolds as Nick Escalante\n---\n"
    "Burt Reynolds plays Nick Escalante, a Las Vegas bodyguard with a gambling habit, in this muddled "
    "thriller adapted from William Goldman's novel. The fights are clumsy and the story wanders.\n"
)


@pytest.fixture(scope="session")
def heats_engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The tiny corpus plus a second "Heat" (1986): "who directed Heat?" could mean either film.
    Shared: do not reindex it."""
    from index import Engine, build_index

    tmp = tmp_path_factory.mktemp("heats")
    corpus = copy_tiny_corpus(tmp / "corpus")
    (corpus / "heat-1986.md").write_text(HEAT_1986, encoding="utf-8")
    settings = make_settings(tmp, corpus)
    build_index(settings)
    return Engine.open(settings)
