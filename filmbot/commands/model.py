"""`filmbot model export [--force] [--json]`: export the embedding model to ONNX for fast queries.

The export goes to Settings().model_cache_dir (default .filmbot/model). It is skipped when a valid
export of the same model weights is already there (hashes checked), so set-up scripts can run it every
time. With --json, stdout is one object: {"path", "exported", "seconds", "onnx_sha256", "check_cosine"}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("model", help="manage the embedding model (ONNX export for fast queries)")
    actions = parser.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="export the model to ONNX in the data directory (skipped if a valid export exists)",
    )
    export.add_argument("--force", action="store_true", help="export again even if a valid export exists")
    export.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from index import Settings, export_model

    out_dir = Settings().model_cache_dir
    started = time.perf_counter()
    if not args.json:
        print(f"Checking the ONNX export in {out_dir} …", file=sys.stderr)
    done = export_model(out_dir, force=args.force)
    seconds = time.perf_counter() - started
    path, exported = done["path"], done["exported"]
    result = {
        "path": path,
        "exported": exported,
        "seconds": round(seconds, 3),
        "onnx_sha256": done["onnx_sha256"],
        "check_cosine": done["check_cosine"],
    }
    if args.json:
        print(json.dumps(result))
    elif exported:
        print(
            f"Exported the model to {path} in {seconds:.1f} s (checked against torch: cosine "
            f"{done['check_cosine']})."
        )
    else:
        print(f"{path} is up to date (hash verified); nothing to do. Use --force to export again.")
    return 0
