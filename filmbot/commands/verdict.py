"""`filmbot verdict train` and `filmbot verdict classify PATH... [--lines] [--json]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from filmbot.commands._common import emit_json, error_json

DEFAULT_DATA = Path("..") / "shared" / "data"


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("verdict", help="the review verdict classifier")
    vsub = parser.add_subparsers(dest="verdict_command", metavar="ACTION", required=True)
    train = vsub.add_parser("train", help="train on ../shared/data and write index/data/verdict.npz + .json")
    train.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (default ../shared/data)"
    )
    train.add_argument("--json", action="store_true", help="print the training figures as JSON")
    train.set_defaults(func=run_train)
    classify = vsub.add_parser("classify", help="classify review files (or - for stdin)")
    classify.add_argument("paths", nargs="+", metavar="PATH", help="text files; - reads standard input")
    classify.add_argument("--lines", action="store_true", help="classify every non-empty line on its own")
    classify.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per input: {path, label, probability, quote}, or {path, "error": {code, message}}',
    )
    classify.set_defaults(func=run_classify)


def run_train(args: argparse.Namespace) -> int:
    from index import train_verdicts

    figures = train_verdicts(args.data)
    if args.json:
        emit_json(figures)
        return 0
    print("method | data | 10-fold CV | held-out")
    for row in figures["accuracy"]:
        print(f"{row['method']} | {row['data']} | {row['cv']:.4f} | {row['heldout']:.4f}")
    print("weights written to index/data/verdict.npz; figures to index/data/verdict.json")
    return 0


def _read(path: str) -> str:
    """Text of a path ('-' = stdin); VerdictError with the reason when it cannot be read as text."""
    from index import VerdictError

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise VerdictError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise VerdictError(f"{path}: is a directory, not a text file") from exc
    except OSError as exc:
        raise VerdictError(f"{path}: cannot be read ({exc.strerror})") from exc
    if b"\x00" in data[:8192]:
        raise VerdictError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VerdictError(f"{path}: not valid UTF-8 (bad byte at offset {exc.start})") from exc


def run_classify(args: argparse.Namespace) -> int:
    from index import VerdictError, classify_text

    failures = 0
    for path in args.paths:
        try:
            text = _read(path)
            items = (
                [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
                if args.lines
                else [(None, text)]
            )
            if not items:
                raise VerdictError(f"{path}: empty, nothing to classify")
        except VerdictError as exc:
            failures += 1
            _report_error(args, path, None, str(exc))
            continue
        for line, body in items:
            try:
                verdict = classify_text(body)
            except VerdictError as exc:
                failures += 1
                _report_error(args, path, line, f"{path}: {exc}")
                continue
            obj: dict[str, Any] = {
                "path": path,
                "label": verdict.label,
                "probability": round(verdict.probability, 4),
                "quote": verdict.quote,
            }
            if line is not None:
                obj["line"] = line
            if args.json:
                emit_json(obj)
            else:
                where = f"{path}:{line}" if line is not None else path
                print(
                    f"{where}: {verdict.label} (P(positive) = {verdict.probability:.2f}) — “{verdict.quote}”"
                )
    return 1 if failures else 0


def _report_error(args: argparse.Namespace, path: str, line: int | None, message: str) -> None:
    if args.json:
        where: dict[str, Any] = {"path": path} if line is None else {"path": path, "line": line}
        emit_json(error_json("verdict", message, **where))
    print(f"filmbot: {message}", file=sys.stderr)
