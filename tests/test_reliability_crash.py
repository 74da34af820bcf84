"""Crash safety: a build killed with SIGKILL at any point leaves the previous index loading and
answering, and the next build completes; a damaged index file is refused on load with a clear error.

The kills happen in a real subprocess (tests/helpers/crash_build.py) running `index.build_index`,
at chosen stages, inside the publish step, and after random delays.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from index import Engine, IndexCorruptError, IndexMissingError, Settings, build_index
from tests.conftest import ROOT, copy_tiny_corpus, make_settings

HELPER = "tests.helpers.crash_build"


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILMBOT_")}
    env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    return env


def _add_film(corpus: Path, n: int) -> str:
    """A new review long enough for several passages (so embedding and writing take a moment)."""
    word = f"zebrafilm{n}"
    body = "\n\n".join(
        f"Paragraph {p} of the {word} review: the camera lingers on the harbour at dawn while the cast "
        f"argues about the plot, and the critic notes the lighting, the score and the pacing in turn."
        for p in range(40)
    )
    (corpus / f"{word}.md").write_text(
        f"---\ntitle: Zebra Film {n}\nyear: {1900 + n}\n---\n{body}\n", encoding="utf-8"
    )
    return word


def _live(index_dir: Path) -> str:
    """The live version's name: the first word of CURRENT (which may also hold a checksum)."""
    return (index_dir / "CURRENT").read_text(encoding="utf-8").split()[0]


def _assert_serves(settings: Settings, *, films: set[str]) -> Engine:
    engine = Engine.open(settings)  # verifies every file's checksum
    assert {f.title for f in engine.films()} >= films
    hit = engine.search("Nostromo", k=1)[0]
    assert hit.passage.title == "Alien"
    answer = engine.ask("who directed Alien?")
    assert "Ridley Scott" in answer.answer
    return engine


def _embedded(line: str) -> bool:
    """The last embedding report ("embedding 40/40"): what follows is writing the version."""
    parts = line.split()
    if len(parts) != 2 or parts[0] != "embedding":
        return False
    done, _, total = parts[1].partition("/")
    return done == total and total != "0"


def _run_child(
    index_dir: Path,
    corpus: Path,
    point: str,
    delay: float | None = None,
    anchor: Callable[[str], bool] = lambda line: line.startswith("loading"),
) -> tuple[int, list[str]]:
    child = subprocess.Popen(
        [sys.executable, "-m", HELPER, str(index_dir), str(corpus), point],
        cwd=ROOT,
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        if delay is not None:
            assert child.stdout is not None
            # wait until the build reaches the anchor (e.g. it has started: imports done, lock
            # taken), then kill it after the delay
            while True:
                line = child.stdout.readline()
                if not line:
                    break
                lines.append(line.strip())
                if anchor(line.strip()):
                    time.sleep(delay)
                    child.send_signal(signal.SIGKILL)
                    break
        out, err = child.communicate(timeout=240)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    lines += [ln for ln in out.splitlines() if ln]
    assert "Traceback" not in err, err
    return child.returncode, lines


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the worker")
def test_a_killed_builds_annotation_worker_ends_too() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.killed_annotation"],
        cwd=ROOT,
        env=_child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "annotating"
        workers = _children(child.pid)
        assert workers  # the annotation runs in a process of its own
        # killed once the worker is busy annotating (its CPU time grows), not while it starts
        deadline = time.monotonic() + 120
        while (
            max((_cpu_seconds(w) for w in workers), default=0.0) < BUSY_CPU_S and time.monotonic() < deadline
        ):
            time.sleep(0.5)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        deadline = time.monotonic() + 60
        while workers and time.monotonic() < deadline:
            workers = {w for w in workers if Path(f"/proc/{w}").exists() and not _zombie(w)}
            time.sleep(0.5)
        assert not workers, "the annotation worker outlived its killed build"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for worker in workers:
            with contextlib.suppress(OSError):
                os.kill(worker, signal.SIGKILL)


BUSY_CPU_S = 8.0  # the worker's CPU seconds that say it has loaded spaCy and is annotating


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def crash_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Settings]:
    tmp = tmp_path_factory.mktemp("crash")
    corpus = copy_tiny_corpus(tmp / "corpus")
    settings = make_settings(tmp, corpus)
    build_index(settings)
    return corpus, settings


# point, whether the new version may be live afterwards
KILL_POINTS = [
    ("stage:loading", False),  # lock taken, corpus being read
    ("stage:embedding", False),  # passages chunked, model loaded, vectors being computed
    ("stage:writing", False),  # vectors done, version directory about to be written
    ("replace:1", False),  # every file written and synced, not yet moved into versions/
    ("replace:2", False),  # version directory in place, CURRENT not switched yet
    ("stage:done", True),  # switched: the new version is live and complete
]


@pytest.mark.slow
@pytest.mark.parametrize(("point", "new_live"), KILL_POINTS, ids=[p for p, _ in KILL_POINTS])
def test_sigkill_at_each_stage_leaves_a_working_index(
    crash_site: tuple[Path, Settings], point: str, new_live: bool
) -> None:
    corpus, settings = crash_site
    index_dir = settings.resolved_index_dir
    before = _live(index_dir)
    serving = Engine.open(settings)  # a bot that has the old version open must keep answering
    word = _add_film(corpus, len(KILL_POINTS) + KILL_POINTS.index((point, new_live)))

    code, lines = _run_child(index_dir, corpus, point)
    assert code == -signal.SIGKILL and "KILL" in lines, (code, lines)

    assert (_live(index_dir) != before) is new_live
    engine = _assert_serves(settings, films={"Alien", "Heat", "The Runaways"})
    assert serving.search("Nostromo", k=1)[0].passage.title == "Alien"
    if not new_live:  # the killed build's film is nowhere, not even half-indexed
        assert all(word not in h.passage.text for h in engine.search(word, k=3))

    # The next build completes (the dead build's lock and leftovers are no obstacle) and has the film.
    report = build_index(settings)
    assert report.films >= 4
    engine = _assert_serves(settings, films={f"Zebra Film {KILL_POINTS.index((point, new_live)) + 6}"})
    assert word in engine.search(word, k=1)[0].passage.text
    leftovers = [p.name for p in (index_dir / "versions").iterdir() if ".tmp" in p.name]
    assert not leftovers, leftovers


@pytest.mark.slow
def test_sigkill_after_random_delays(crash_site: tuple[Path, Settings]) -> None:
    corpus, settings = crash_site
    index_dir = settings.resolved_index_dir
    rng = random.Random(20261125)  # fixed seed: a failure can be replayed
    reached: list[str] = []
    for round_ in range(5):
        before = _live(index_dir)
        word = _add_film(corpus, 100 + round_)
        if round_ % 2:  # counted from the end of embedding: lands while the version is written
            delay = rng.uniform(0.0, 0.6)
            code, lines = _run_child(index_dir, corpus, "none", delay=delay, anchor=_embedded)
        else:  # counted from the start of the build
            delay = rng.uniform(0.0, 2.5)
            code, lines = _run_child(index_dir, corpus, "none", delay=delay)
        stages = [ln.split()[0] for ln in lines if ln and not ln.startswith(("DONE", "KILL"))]
        reached.append(f"{delay:.2f}s→{stages[-1] if stages else 'start'}")
        assert code in (-signal.SIGKILL, 0), (code, lines)
        finished = any(ln.startswith("DONE") for ln in lines)
        if not finished:
            # killed before it said it was done: the live version is the old one or a complete new one
            live = _live(index_dir)
            assert live == before or "done" in stages, (delay, stages)
        _assert_serves(settings, films={"Alien", "Heat", "The Runaways"})
        build_index(settings)
        engine = _assert_serves(settings, films={f"Zebra Film {100 + round_}"})
        assert word in engine.search(word, k=1)[0].passage.text
    # record where the kills landed (shown with -rA; useful when reading CI logs)
    print("kills landed at:", ", ".join(reached))


# -- damaged files ---------------------------------------------------------------------------------


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # a single bit, mid-file
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _delete(path: Path) -> None:
    path.unlink()


DAMAGE: dict[str, Callable[[Path], object]] = {
    "truncated": _truncate,
    "bit-flip": _flip,
    "empty": _empty,
    "deleted": _delete,
}
FILES = [
    "vectors.faiss",
    "passages.sqlite",
    "layout.npz",
    "bm25/data.csc.index.npy",
    "bm25/indices.csc.index.npy",
    "bm25/indptr.csc.index.npy",
    "bm25/vocab.index.json",
    "bm25/params.index.json",
]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pristine")
    corpus = copy_tiny_corpus(tmp / "corpus")
    build_index(make_settings(tmp, corpus))
    return tmp


def _copy(pristine: Path, tmp_path: Path) -> tuple[Settings, Path]:
    shutil.copytree(pristine / "index", tmp_path / "index")
    settings = make_settings(tmp_path, pristine / "corpus")
    version_dir = tmp_path / "index" / "versions" / _live(tmp_path / "index")
    return settings, version_dir


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
@pytest.mark.parametrize("name", FILES, ids=FILES)
def test_damaged_index_file_is_refused_on_load(
    pristine: Path, tmp_path: Path, name: str, damage: str
) -> None:
    settings, version_dir = _copy(pristine, tmp_path)
    target = version_dir / name
    assert target.is_file(), sorted(p.name for p in version_dir.rglob("*"))
    DAMAGE[damage](target)
    with pytest.raises(IndexCorruptError) as caught:
        Engine.open(settings)
    message = str(caught.value)
    assert str(target) in message and ("damaged" in message or "missing" in message)
    assert "filmbot index build --rebuild" in message
    if damage == "bit-flip":  # and the advice works: a full rebuild gives a working index again
        build_index(settings, rebuild=True)
        _assert_serves(settings, films={"Alien", "Heat", "The Runaways"})


MANIFEST_DAMAGE: dict[str, Callable[[Path], object]] = {
    **{k: v for k, v in DAMAGE.items() if k != "bit-flip"},
    "not json": lambda p: p.write_text("{definitely not json", encoding="utf-8"),
    "not an object": lambda p: p.write_text("[1, 2, 3]", encoding="utf-8"),
    "no checksums": lambda p: p.write_text(
        json.dumps({k: v for k, v in json.loads(p.read_text(encoding="utf-8")).items() if k != "files"}),
        encoding="utf-8",
    ),
    "checksum of another file": lambda p: p.write_text(
        json.dumps(
            {
                **(m := json.loads(p.read_text(encoding="utf-8"))),
                "files": {**m["files"], "vectors.faiss": m["files"]["layout.npz"]},
            }
        ),
        encoding="utf-8",
    ),
    "invalid utf-8": lambda p: p.write_bytes(p.read_bytes()[:100] + b"\xff\xfe" + p.read_bytes()[100:]),
}


@pytest.mark.parametrize("damage", list(MANIFEST_DAMAGE), ids=list(MANIFEST_DAMAGE))
def test_damaged_manifest_is_refused_on_load(pristine: Path, tmp_path: Path, damage: str) -> None:
    settings, version_dir = _copy(pristine, tmp_path)
    MANIFEST_DAMAGE[damage](version_dir / "manifest.json")
    with pytest.raises(IndexCorruptError) as caught:
        Engine.open(settings)
    assert str(version_dir) in str(caught.value) and "Rebuild" in str(caught.value)


def test_manifest_bit_flip_inside_a_value_is_detected(pristine: Path, tmp_path: Path) -> None:
    settings, version_dir = _copy(pristine, tmp_path)
    manifest = version_dir / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    found = re.search(r'"title":\s*"Alien"', text)  # the manifest may be written compact or indented
    assert found is not None
    flipped = found.group().replace("Alien", "Alieo")  # one bit
    manifest.write_text(text[: found.start()] + flipped + text[found.end() :], encoding="utf-8")
    with pytest.raises(IndexCorruptError):
        Engine.open(settings)


CURRENT_DAMAGE: dict[str, Callable[[Path], object]] = {
    "points nowhere": lambda p: p.write_text("v20990101T000000000000Z-1\n", encoding="utf-8"),
    "empty": _empty,
    "deleted": _delete,
    "path escape": lambda p: p.write_text("../../../etc\n", encoding="utf-8"),
    "a temporary build": lambda p: p.write_text(
        next(d.name for d in (p.parent / "versions").iterdir()) + ".tmp-1\n", encoding="utf-8"
    ),
}


@pytest.mark.parametrize("damage", list(CURRENT_DAMAGE), ids=list(CURRENT_DAMAGE))
def test_current_pointing_nowhere_is_a_missing_index(pristine: Path, tmp_path: Path, damage: str) -> None:
    settings, _version_dir = _copy(pristine, tmp_path)
    CURRENT_DAMAGE[damage](tmp_path / "index" / "CURRENT")
    with pytest.raises((IndexMissingError, IndexCorruptError)) as caught:
        Engine.open(settings)
    assert "filmbot index build" in str(caught.value)
    # the next build recovers: it writes a complete version and points CURRENT at it
    build_index(settings)
    _assert_serves(settings, films={"Alien", "Heat", "The Runaways"})


def test_current_with_garbage_bytes_is_a_missing_index_and_rebuildable(
    pristine: Path, tmp_path: Path
) -> None:
    settings, _version_dir = _copy(pristine, tmp_path)
    (tmp_path / "index" / "CURRENT").write_bytes(b"\xff\x00\x81garbage")
    with pytest.raises((IndexMissingError, IndexCorruptError)):
        Engine.open(settings)
    build_index(settings, rebuild=True)
    _assert_serves(settings, films={"Alien", "Heat", "The Runaways"})


def test_incremental_build_does_not_launder_a_damaged_index(pristine: Path, tmp_path: Path) -> None:
    settings, version_dir = _copy(pristine, tmp_path)
    db = version_dir / "passages.sqlite"
    data = db.read_bytes()
    # damage the stored text of an unchanged review (same length, still a valid database)
    assert data.count(b"Nostromo") >= 1
    db.write_bytes(data.replace(b"Nostromo", b"Nostrxmo"))
    with pytest.raises(IndexCorruptError):
        Engine.open(settings)
    corpus = tmp_path / "corpus"
    copy_tiny_corpus(corpus)
    settings = make_settings(tmp_path, corpus)
    _add_film(corpus, 1)
    try:
        build_index(settings)  # refusing (IndexCorruptError) would also be right
    except IndexCorruptError:
        return
    engine = Engine.open(settings)
    texts = " ".join(p.text for p in engine.passages(engine.film_ref("Alien")))
    assert "Nostrxmo" not in texts and "Nostromo" in texts


def test_build_hashes_the_live_version_even_when_its_stat_is_unchanged(
    pristine: Path, tmp_path: Path
) -> None:
    corpus = copy_tiny_corpus(tmp_path / "corpus")
    shutil.copytree(pristine / "index", tmp_path / "index")
    settings = make_settings(tmp_path, corpus)
    Engine.open(settings)  # a verified open: remembers each file's size, mtime and inode
    db = tmp_path / "index" / "versions" / _live(tmp_path / "index") / "passages.sqlite"
    before = db.stat()
    with open(db, "r+b") as fh:  # same inode, same size
        data = fh.read()
        assert b"Nostromo" in data
        fh.seek(0)
        fh.write(data.replace(b"Nostromo", b"Nostrxmo"))
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))  # what bit rot looks like: no stat change
    _add_film(corpus, 2)
    build_index(settings)
    engine = Engine.open(settings)
    texts = " ".join(p.text for p in engine.passages(engine.film_ref("Alien")))
    assert "Nostrxmo" not in texts and "Nostromo" in texts
