#!/usr/bin/env bash
# Set up filmbot in ./.venv: the exact dependency tree from requirements.lock, filmbot itself
# (editable), and the ONNX export of the embedding model (fast question start-up).
# Idempotent: a second run with an unchanged lock file only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON_BIN="${PYTHON:-}"
if [ -z "$PYTHON_BIN" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      PYTHON_BIN="$candidate"; break
    fi
  done
fi
if [ -z "$PYTHON_BIN" ]; then
  echo "setup: Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON_BIN" >&2
  "$PYTHON_BIN" -m venv .venv
fi

stamp=.venv/.filmbot-lock.sha256
want="$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing pinned dependencies (torch==2.13.0 CPU wheel and the rest of requirements.lock)" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  echo "$want" > "$stamp"
fi

export HF_HUB_OFFLINE=1
# Query-time embedding without torch: exported once, cached in .filmbot/model, hash-checked on load.
if .venv/bin/filmbot model --help >/dev/null 2>&1; then
  .venv/bin/filmbot model export >&2 || echo "setup: ONNX export failed; questions will use sentence-transformers (slower start)" >&2
fi
echo "setup: ready (.venv)" >&2
