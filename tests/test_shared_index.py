"""Several processes share one index: two answer questions from it while a third builds a new version;
they never fail, and (with FILMBOT_FOLLOW_SECONDS) switch to the new version once it is published."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import copy_tiny_corpus, make_settings

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow  # three processes, each loading the model

READER = r"""
import json, sys, time
from pathlib import Path
from index import Engine, FilmbotError, Settings

index_dir, data_dir, stop, ready = (Path(a) for a in sys.argv[1:5])
engine = Engine.open(Settings(index_dir=index_dir, data_dir=data_dir, onnx=False, follow_seconds=0.2))
versions, answers, errors = [], 0, []
while True:
    try:
        answer = engine.ask("Who directed The Runaways?")
        answers += 1 if answer.answer else 0
    except FilmbotError as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    version = engine.snapshot.version
    if not versions or versions[-1] != version:
        versions.append(version)
    ready.touch()
    if stop.exists():
        break
    time.sleep(0.02)
print(json.dumps({"versions": versions, "answers": answers, "errors": errors}))
"""


def test_two_processes_answer_while_a_third_builds(tmp_path: Path) -> None:
    from index import build_index, layout

    corpus = copy_tiny_corpus(tmp_path / "corpus")
    settings = make_settings(tmp_path, corpus)
    build_index(settings)
    first = layout.current_version_dir(settings.resolved_index_dir)
    assert first is not None
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "FILMBOT_ONNX": "false",
        "FILMBOT_ENCODER": "fp32",
        "FILMBOT_DATA_DIR": str(settings.data_dir),
    }
    stop = tmp_path / "stop"
    readers = []
    for n in range(2):
        ready = tmp_path / f"ready-{n}"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                READER,
                str(settings.resolved_index_dir),
                str(settings.data_dir),
                str(stop),
                str(ready),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        readers.append((proc, ready))
    try:
        deadline = time.monotonic() + 240
        while not all(ready.exists() for _, ready in readers):
            assert time.monotonic() < deadline, "the readers never answered"
            assert all(p.poll() is None for p, _ in readers), [p.communicate()[1][-2000:] for p, _ in readers]
            time.sleep(0.1)
        (corpus / "new-film-2021.md").write_text(
            "---\ntitle: New Film\nyear: 2021\ndirector: Ann Example\n---\nA slow, lovely film about a lighthouse.\n",
            encoding="utf-8",
        )
        builder = subprocess.run(
            [sys.executable, "-m", "filmbot", "index", "build", "--corpus", str(corpus), "--json"],
            check=False,
            cwd=ROOT,
            env={**env, "FILMBOT_INDEX_DIR": str(settings.resolved_index_dir)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert builder.returncode == 0, builder.stderr[-2000:]
        assert json.loads(builder.stdout)["added"] == 1
        second = layout.current_version_dir(settings.resolved_index_dir)
        assert second is not None and second != first
        time.sleep(1.5)  # > follow_seconds: each reader checks CURRENT and switches
    finally:
        stop.touch()
    for proc, _ in readers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        seen = json.loads(out)
        assert seen["errors"] == []
        assert seen["answers"] >= 2
        assert seen["versions"][0] == first.name and seen["versions"][-1] == second.name
