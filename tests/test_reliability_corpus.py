"""Bad corpus input: one bad file (or row) never stops a reindex. Each is skipped and reported with
its path and a reason a person can act on (BuildReport.skipped, `filmbot index build --json`
"skipped", the text summary); everything else is indexed.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from index import Engine, build_index
from index.corpus import load_corpus, parse_cast
from tests.conftest import ROOT, copy_tiny_corpus, make_settings

MB = 1024 * 1024


def _make_bad_corpus(corpus: Path) -> dict[str, str]:
    """Add every kind of bad input to a copy of the tiny corpus. Returns {path as reported: reason part}."""
    copy_tiny_corpus(corpus)
    bad: dict[str, str] = {}

    def put(name: str, data: bytes | str, reason: str) -> Path:
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        bad[str(path)] = reason
        return path

    # a file with nothing in it has no title either; either reason tells the author what is wrong
    put("empty.md", b"", "empty review|no title")
    put("blank.txt", "\n\n   \n\t\n", "empty review|no title")
    put("poster.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file")
    put(
        "latin1.md",
        "---\ntitle: Amélie\nyear: 2001\n---\nUn café à Montmartre.\n".encode("latin-1"),
        "not valid UTF-8",
    )
    with open(corpus / "huge.txt", "wb") as fh:  # 20 MB of text: not one review
        line = b"This is a very long review that never seems to end, page after page after page.\n"
        fh.write(line * (20 * MB // len(line) + 1))
    bad[str(corpus / "huge.txt")] = "MB; the limit is"
    put(
        "broken-yaml.md",
        "---\ntitle: [unclosed\nyear: 1999\n---\nThe body is fine.\n",
        "broken front matter (YAML)",
    )
    put("no-closing.md", "---\ntitle: Forgot To Close\nyear: 1999\nThe body follows.\n", "no closing `---`")
    put("not-a-mapping.md", "---\n- just\n- a list\n---\nBody.\n", "expected `key: value` lines")
    put(
        "no-title.md",
        "---\nyear: 2001\ndirector: Somebody\n---\nA review that never says which film.\n",
        "no title",
    )
    put(
        "bad-year.md",
        "---\ntitle: Odd Year\nyear: 20x1\n---\nA review with a year that is not one.\n",
        "year must be a number",
    )
    # an exact copy of a review (same title, year and text) under another name
    shutil.copy(corpus / "alien-1979.md", corpus / "alien-copy.md")
    bad[str(corpus / "alien-copy.md")] = "duplicate of review"
    put("no-columns.csv", "name_of_thing,score\nSomething,5\n", "CSV has no title or text column")
    ragged = put(
        "tables.csv",
        "title,year,text\n"
        "Csv Good One,1990,A fine film about a lighthouse keeper and his dog.\n"
        "Csv Ragged,1991,too,many,fields\n"
        'Csv Good Two,1992,"A heist film, with commas, quoted properly."\n',
        "",
    )
    del bad[str(ragged)]
    bad[f"{ragged}:3"] = "row has 5 fields but the header has 3"
    jsonl = put(
        "lines.jsonl",
        '{"title": "Jsonl Good One", "year": 1980, "text": "A quiet drama about two sisters on a farm."}\n'
        '{"title": "Jsonl Broken", "text": "this line is cut\n'
        "[1, 2, 3]\n"
        '{"title": "Jsonl Good Two", "year": 1981, "text": "A loud comedy about a marching band."}\n',
        "",
    )
    del bad[str(jsonl)]
    bad[f"{jsonl}:2"] = "invalid JSON"
    bad[f"{jsonl}:3"] = "line is not a JSON object"
    # symbolic links: a directory loop, a file loop and a link to nothing
    os.symlink(corpus, corpus / "loop")
    bad[str(corpus / "loop")] = "symbolic link loop"
    os.symlink(corpus / "b-link.md", corpus / "a-link.md")
    os.symlink(corpus / "a-link.md", corpus / "b-link.md")
    bad[str(corpus / "a-link.md")] = "symbolic link loop"
    bad[str(corpus / "b-link.md")] = "symbolic link loop"
    os.symlink(corpus / "gone-away.md", corpus / "dangling.md")
    bad[str(corpus / "dangling.md")] = "No such file"
    return bad


GOOD_FILMS = {
    ("Alien", 1979),
    ("Heat", 1995),
    ("The Runaways", 2010),
    ("Csv Good One", 1990),
    ("Csv Good Two", 1992),
    ("Jsonl Good One", 1980),
    ("Jsonl Good Two", 1981),
}


def _check_skipped(skipped: list[tuple[str, str]], bad: dict[str, str]) -> None:
    reported = {}
    for path, reason in skipped:
        assert path not in reported, f"{path} reported twice"
        reported[path] = reason
    assert set(reported) == set(bad), {
        "not reported": sorted(set(bad) - set(reported)),
        "reported but fine": sorted(set(reported) - set(bad)),
    }
    for path, expected in bad.items():
        assert any(part in reported[path] for part in expected.split("|")), (path, reported[path])
        assert len(reported[path]) < 300  # one readable line, not a dump


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("badcorpus")
    return tmp, _make_bad_corpus(tmp / "corpus")


def test_bad_files_are_skipped_with_reasons_and_the_rest_is_indexed(
    bad_corpus: tuple[Path, dict[str, str]],
) -> None:
    tmp, bad = bad_corpus
    settings = make_settings(tmp, tmp / "corpus")
    started = time.perf_counter()
    report = build_index(settings)
    _check_skipped([(s.path, s.error) for s in report.skipped], bad)
    engine = Engine.open(settings)
    assert {(f.title, f.year) for f in engine.films()} == GOOD_FILMS
    assert report.films == len(GOOD_FILMS) and report.reviews == 8  # two reviews of The Runaways
    # the good rows around the bad ones are searchable
    assert engine.search("lighthouse keeper", k=1)[0].passage.title == "Csv Good One"
    assert engine.search("marching band", k=1)[0].passage.title == "Jsonl Good Two"
    assert "Ridley Scott" in engine.ask("who directed Alien?").answer
    assert time.perf_counter() - started < 120  # the 20 MB file is refused by size, not read


@pytest.mark.slow
def test_cli_reports_the_same_skipped_files(bad_corpus: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    tmp, bad = bad_corpus
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILMBOT_")}
    env.update(
        PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", FILMBOT_DATA_DIR=str(tmp_path / "data"), FILMBOT_ONNX="0"
    )
    command = [sys.executable, "-m", "filmbot", "index", "build", "--corpus", str(tmp / "corpus")]
    command += ["--index", str(tmp_path / "index")]
    done = subprocess.run(
        [*command, "--json"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)  # stdout carries only the JSON object
    _check_skipped([(s["path"], s["error"]) for s in result["skipped"]], bad)
    assert result["films"] == len(GOOD_FILMS)
    # the human summary lists them too, one line each
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = [ln.strip() for ln in done.stdout.splitlines() if ln.strip().startswith("skipped ")]
    assert len(lines) == len(bad)
    for path, reason in bad.items():
        assert any(
            ln.startswith(f"skipped {path}: ") and any(part in ln for part in reason.split("|"))
            for ln in lines
        ), path


def test_one_bad_file_among_many_does_not_block_a_reindex(fresh_engine: Engine, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    before = {f.title for f in fresh_engine.films()}
    # a review that was fine becomes unreadable garbage, and a new good one arrives
    (corpus / "alien-1979.md").write_bytes(b"\xff\xfe\x00garbage")
    (corpus / "otter-bay-2024.md").write_text(
        "---\ntitle: Otter Bay\nyear: 2024\n---\nSea otters float in a cold bay.\n", encoding="utf-8"
    )
    report = fresh_engine.reindex()
    assert [s.path for s in report.skipped] == [str(corpus / "alien-1979.md")]
    # the broken file is reported; its review is no longer served (the corpus is the truth)
    assert {f.title for f in fresh_engine.films()} == (before - {"Alien"}) | {"Otter Bay"}
    assert report.removed == 1 and report.added == 1


def _load_as_other_user(path: Path, uid: int = 65534) -> dict[str, object]:
    """load_corpus in a forked child that has dropped root (root reads mode-000 files anyway)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        status = 1
        try:
            os.close(read_fd)
            try:
                os.setgroups([])
                os.setgid(uid)
                os.setuid(uid)
            except OSError as exc:
                os.write(write_fd, json.dumps({"cannot_switch": repr(exc)}).encode())
                os._exit(0)
            loaded = load_corpus([path])
            payload = {
                "reviews": [r.title for r in loaded.reviews],
                "skipped": [[s.path, s.error] for s in loaded.skipped],
            }
            os.write(write_fd, json.dumps(payload).encode())
            status = 0
        except BaseException as exc:
            os.write(write_fd, json.dumps({"error": repr(exc)}).encode())
        finally:
            os._exit(status)
    os.close(write_fd)
    chunks = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            block = os.read(read_fd, 65536)
            if not block:
                break
            chunks.append(block)
    finally:
        os.close(read_fd)
        if not os.waitpid(pid, os.WNOHANG)[0]:
            os.kill(pid, signal.SIGKILL)  # a child that hangs must not hang the suite
            os.waitpid(pid, 0)
    return json.loads(b"".join(chunks) or b"{}")


def test_unreadable_file_is_skipped_with_a_permission_reason() -> None:
    # tmp_path lives under a root-only directory; another user needs a path it can walk
    root = Path(tempfile.mkdtemp(prefix="filmbot-perm-"))
    try:
        corpus = root / "corpus"
        corpus.mkdir()
        (corpus / "readable.md").write_text("---\ntitle: Open Book\n---\nAnyone may read this.\n")
        locked = corpus / "locked.md"
        locked.write_text("---\ntitle: Closed Book\n---\nNobody may read this.\n")
        locked.chmod(0o000)
        for p in (root, corpus):
            p.chmod(0o755)
        (corpus / "readable.md").chmod(0o644)
        if os.geteuid() != 0:
            loaded = load_corpus([corpus])
            result: dict[str, object] = {
                "reviews": [r.title for r in loaded.reviews],
                "skipped": [[s.path, s.error] for s in loaded.skipped],
            }
        else:
            result = _load_as_other_user(corpus)
            if "cannot_switch" in result:
                pytest.skip(
                    "running as root, which reads mode-000 files, and this container does not allow "
                    f"switching to another user ({result['cannot_switch']}): the permission case is untested"
                )
        assert "error" not in result, result
        assert result["reviews"] == ["Open Book"]
        assert result["skipped"] == [[str(locked), "permission denied: filmbot cannot read this file"]]
    finally:
        (root / "corpus" / "locked.md").chmod(0o644)
        shutil.rmtree(root, ignore_errors=True)


def test_a_cast_list_split_badly_keeps_only_the_names() -> None:
    cast = parse_cast(
        [
            "Voices of",
            "Gary Cooper",
            "(",
            "Best Actor",
            "nominee)",
            "Jean Arthur",
            "and",
            "David Powell (actor)",
            ".",
            "will.i.am",
        ]
    )
    # the card and the answers list people, not "Voices of", "Best Actor" or "(actor)" as a part
    assert [(c.actor, c.character) for c in cast] == [
        ("Gary Cooper", None),
        ("Jean Arthur", None),
        ("David Powell", None),
        ("will.i.am", None),
    ]
