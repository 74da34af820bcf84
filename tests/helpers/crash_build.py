"""Run one index build and die by SIGKILL at a chosen point (for tests/test_reliability_crash.py).

    python -m tests.helpers.crash_build INDEX_DIR CORPUS POINT

POINT is one of:
  stage:NAME      SIGKILL at the first progress report of that stage (loading, embedding, writing, done)
  progress:N      SIGKILL at the N-th progress report (0 = the first)
  replace:N       SIGKILL just before the N-th os.replace of a temporary path (1 = moving the finished
                  version directory into place, 2 = switching CURRENT to it)
  none            no kill: the build runs to completion
Every progress stage is printed to stdout (flushed), so a parent can also kill after a delay.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main() -> None:
    index_dir, corpus, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from index import BuildProgress, Settings, build_index

    kind, _, arg = point.partition(":")
    target = int(arg) if arg.isdigit() else -1
    seen = 0

    def die() -> None:
        sys.stdout.write("KILL\n")
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    def progress(event: BuildProgress) -> None:
        nonlocal seen
        sys.stdout.write(f"{event.stage} {event.done}/{event.total}\n")
        sys.stdout.flush()
        if (kind == "progress" and seen == target) or (kind == "stage" and event.stage == arg):
            die()
        seen += 1

    if kind == "replace":
        real_replace = os.replace
        calls = 0

        def replace(src: object, dst: object) -> None:
            nonlocal calls
            if ".tmp" in str(src):  # the build's own renames, not a library's
                calls += 1
                if calls == target:
                    die()
            real_replace(src, dst)  # type: ignore[arg-type]

        os.replace = replace  # type: ignore[assignment]

    # no .env: the build must see exactly the paths it was given
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=index_dir.parent / "data",
        index_dir=index_dir,
        corpus=[corpus],
        onnx=False,
    )
    report = build_index(settings, progress=progress)
    sys.stdout.write(f"DONE {report.version}\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
