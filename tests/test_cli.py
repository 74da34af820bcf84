"""The `filmbot` CLI as a user runs it: a real process, real files; the --json contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_tiny_corpus

BUILD_KEYS = {"films", "reviews", "chunks", "added", "updated", "removed", "unchanged", "skipped", "seconds"}
HIT_KEYS = {"title", "year", "review_id", "chunk_id", "text", "score"}


def filmbot(tmp: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILMBOT_")}
    env.update(
        FILMBOT_DATA_DIR=str(tmp / "data"),
        FILMBOT_CORPUS=str(tmp / "corpus"),
        HF_HUB_OFFLINE="1",
        FILMBOT_ONNX="false",
    )
    return subprocess.run(
        [sys.executable, "-m", "filmbot", *args],
        check=False,
        cwd=tmp,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    copy_tiny_corpus(tmp / "corpus")
    (tmp / "corpus" / "broken.md").write_text("---\ntitle: [unclosed\n---\ntext\n")
    return tmp


def test_index_build_json_contract(workdir: Path) -> None:
    result = filmbot(workdir, "index", "build", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)  # stdout is exactly one JSON object
    assert set(report) == BUILD_KEYS
    assert (report["films"], report["reviews"], report["added"]) == (3, 4, 4)
    assert report["chunks"] > 4 and report["seconds"] >= 0
    assert report["skipped"] == [
        {"path": str(workdir / "corpus" / "broken.md"), "error": report["skipped"][0]["error"]}
    ]
    assert "front matter" in report["skipped"][0]["error"]

    again = json.loads(filmbot(workdir, "index", "build", "--json").stdout)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 4)


def test_search_and_films_json(workdir: Path) -> None:
    result = filmbot(workdir, "search", "Cherry Bomb", "--k", "3", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and all(set(h) == HIT_KEYS for h in hits)
    assert hits[0]["title"] == "The Runaways" and "Cherry Bomb" in hits[0]["text"]
    assert hits[0]["score"] >= hits[1]["score"] >= hits[2]["score"]

    films = json.loads(filmbot(workdir, "films", "--json").stdout)
    assert {(f["title"], f["year"], f["reviews"]) for f in films} == {
        ("Alien", 1979, 1),
        ("Heat", 1995, 1),
        ("The Runaways", 2010, 2),
    }

    within = json.loads(filmbot(workdir, "search", "performances", "--film", "runaways", "--json").stdout)
    assert within and {h["title"] for h in within} == {"The Runaways"}


def test_errors_are_one_clear_line(workdir: Path, tmp_path: Path) -> None:
    result = filmbot(workdir, "search", "plot", "--film", "Casablanca", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "unknown_film"
    assert result.stderr.strip().splitlines()[-1].startswith("filmbot: I have no reviews of a film called")

    empty = tmp_path / "empty"
    empty.mkdir()
    result = filmbot(empty, "search", "anything")
    assert result.returncode == 1
    assert "No index found" in result.stderr and "filmbot index build" in result.stderr
    assert "Traceback" not in result.stderr

    result = filmbot(empty, "index", "build", "--corpus", str(tmp_path / "missing"))
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_default_paths_work_from_the_repo_root() -> None:
    # `filmbot index build` then `filmbot search "Cherry Bomb"` with no flags uses corpus/ and the settings' index dir
    from index import Settings

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.corpus == [Path("corpus")] and (ROOT / "corpus" / "the-runaways-2010.md").is_file()
    assert settings.resolved_index_dir == Path(".filmbot/index")
