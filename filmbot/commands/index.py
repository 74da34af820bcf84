"""`filmbot index build`: build or update the index from the corpus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from filmbot.commands._common import add_index_option, emit_json, settings_from


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("index", help="build or update the index")
    isub = parser.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    build = isub.add_parser("build", help="index the corpus (incremental: unchanged reviews are skipped)")
    build.add_argument(
        "--corpus",
        type=Path,
        action="append",
        metavar="PATH",
        help="directory or .md/.txt/.csv/.jsonl file; repeatable (default: $FILMBOT_CORPUS or corpus/)",
    )
    add_index_option(build)
    build.add_argument(
        "--rebuild", action="store_true", help="ignore the existing index and build from scratch"
    )
    build.add_argument(
        "--json", action="store_true", help="print one JSON object (see README) instead of text"
    )
    build.set_defaults(func=run)


class _Progress:
    """A tqdm bar on a terminal, nothing otherwise (so logs and --json stay clean)."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.enabled = sys.stderr.isatty()

    def __call__(self, event: Any) -> None:
        if not self.enabled:
            return
        if event.stage == "embedding" and event.total:
            if self.bar is None:
                from tqdm import tqdm

                # tqdm shows passages/s and the ETA from the updates
                self.bar = tqdm(total=event.total, unit="passage", desc="embedding", file=sys.stderr)
            self.bar.update(event.done - self.bar.n)
        elif event.stage in {"writing", "done"} and self.bar is not None:
            self.bar.close()
            self.bar = None


def run(args: argparse.Namespace) -> int:
    from index import build_index

    settings = settings_from(args)
    report = build_index(settings, args.corpus, rebuild=args.rebuild, progress=_Progress())
    if args.json:
        emit_json(report.to_json())
    else:
        print(
            f"Indexed {report.films} films, {report.reviews} reviews, {report.chunks} passages in "
            f"{report.seconds:.1f}s (added {report.added}, updated {report.updated}, removed {report.removed}, "
            f"unchanged {report.unchanged}) → {settings.resolved_index_dir}"
        )
        for skipped in report.skipped:
            print(f"  skipped {skipped.path}: {skipped.error}")
    return 0
