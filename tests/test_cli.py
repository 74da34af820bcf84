"""The `filmbot` CLI as a user runs it: a real process, real files; the --json contract."""

from __future__ import annotations

import io
import json
import os
import re
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
    assert len(hits) == 3 and all(set(h) >= HIT_KEYS for h in hits)  # new keys may be added
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


# -- papercuts (issue 16): each of these failed before its fix ------------------------------------------


@pytest.fixture
def cli_env(engine_settings, monkeypatch: pytest.MonkeyPatch) -> list[str]:  # type: ignore[no-untyped-def]
    """In-process CLI over the shared tiny index (no ONNX export, nothing written to the repo)."""
    monkeypatch.setenv("FILMBOT_DATA_DIR", str(engine_settings.data_dir))
    monkeypatch.setenv("FILMBOT_ONNX", "false")
    return ["--index", str(engine_settings.resolved_index_dir)]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from filmbot.cli import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_films_can_be_filtered_and_count_in_good_english(engine, cli_env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(capsys, "films", "RUNAWAYS", *cli_env)
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("The Runaways (2010) — 2 reviews, ") and len(lines) == 2
    assert lines[-1] == "1 of 3 films match"
    code, out, _ = run_cli(capsys, "films", "--year", "1979", "--json", *cli_env)
    assert [f["title"] for f in json.loads(out)] == ["Alien"]
    code, out, _ = run_cli(capsys, "films", *cli_env)
    assert out.strip().splitlines()[-1] == "3 films"
    alien = next(line for line in out.splitlines() if line.startswith("Alien (1979)"))
    reviews, passages = alien.split(" — ")[1].split(", ")
    assert reviews == "1 review"
    n = int(passages.split()[0])
    assert passages == (f"{n} passage" if n == 1 else f"{n} passages")
    assert " 1 films" not in out and " 1 passages" not in out


def test_ask_batch_answers_every_line_blank_ones_included(engine, cli_env, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("Who directed Heat?\n\n   \nWho directed Alien?\n"))
    code, out, _ = run_cli(capsys, "ask", "-", "--json", *cli_env)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4  # one object per input line, as the README says
    assert "Michael Mann" in rows[0]["answer"] and "Ridley Scott" in rows[3]["answer"]
    for blank in rows[1:3]:
        assert blank["error"]["code"] == "bad_question" and blank["question"] == ""


def test_building_from_an_empty_corpus_is_an_error(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("FILMBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FILMBOT_ONNX", "false")
    code, out, err = run_cli(capsys, "index", "build", "--corpus", str(tmp_path / "empty"), "--json")
    assert code == 1
    assert json.loads(out)["error"]["code"] == "corpus"
    assert "No reviews found in" in err and str(tmp_path / "empty") in err
    assert not (tmp_path / "data" / "index" / "CURRENT").exists()  # nothing was published


@pytest.mark.parametrize("k", ["0", "100", "-3", "five"])
def test_search_k_out_of_range_is_a_usage_error(k: str, capsys) -> None:  # type: ignore[no-untyped-def]
    from filmbot.cli import main

    with pytest.raises(SystemExit) as done:
        main(["search", "anything", "--k", k])
    assert done.value.code == 2
    assert "--k" in capsys.readouterr().err


def test_verdict_classify_errors_follow_the_error_contract(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing, binary = tmp_path / "missing.txt", tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01 not text")
    code, out, err = run_cli(
        capsys, "verdict", "classify", str(missing), str(binary), str(tmp_path), "--json"
    )
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in rows] == [str(missing), str(binary), str(tmp_path)]
    for row in rows:  # the README's error object, like every other command's
        assert set(row["error"]) == {"code", "message"} and row["error"]["code"] == "verdict"
    assert "no such file" in rows[0]["error"]["message"] and "binary" in rows[1]["error"]["message"]
    assert len(err.strip().splitlines()) == 3


def test_citations_number_passages_within_their_review(engine, cli_env, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(capsys, "search", "Ripley", "--film", "Alien", "--k", "1", *cli_env)
    assert code == 0
    first = out.splitlines()[0]
    assert "review alien-1979" in first
    number, of = (int(x) for x in re.search(r"passage (\d+) of (\d+)", first).groups())  # type: ignore[union-attr]
    assert 1 <= number <= of
    code, out, _ = run_cli(capsys, "ask", "who directed it", "--film", "alien", *cli_env)
    cited = [line for line in out.splitlines() if "review alien-1979" in line]
    assert cited and all(re.search(r"passage \d+ of \d+", line) for line in cited)


def test_an_ambiguous_title_is_a_numbered_choice(heats_engine, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`ask` lists the films (and `--film` picks one); in `chat` the number or the year picks."""
    from filmbot.commands.chat import ChatSession

    monkeypatch.setenv("FILMBOT_DATA_DIR", str(heats_engine.settings.data_dir))
    monkeypatch.setenv("FILMBOT_ONNX", "false")
    where = ["--index", str(heats_engine.settings.resolved_index_dir)]
    code, out, _ = run_cli(capsys, "ask", "who directed Heat?", *where)
    assert code == 0
    assert "  1. Heat (1986)\n  2. Heat (1995)\n" in out
    code, out, _ = run_cli(capsys, "ask", "who directed Heat?", "--json", *where)
    assert json.loads(out)["choices"] == [{"title": "Heat", "year": 1986}, {"title": "Heat", "year": 1995}]
    code, out, _ = run_cli(capsys, "ask", "who directed Heat?", "--film", "Heat (1986)", *where)
    assert "Dick Richards" in out

    chat_out = io.StringIO()
    chat = ChatSession(heats_engine, chat_out)
    chat.handle("who directed Heat?")
    assert "  2. Heat (1995)" in chat_out.getvalue()
    chat.handle("2")
    assert "Michael Mann" in chat_out.getvalue()
    chat.handle("forget")  # else "Heat" is the Heat under discussion
    chat.handle("who directed Heat?")
    chat.handle("1986")
    assert "Dick Richards" in chat_out.getvalue()
