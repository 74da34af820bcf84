#!/usr/bin/env bash
# Set up, index the shipped corpus, and answer a sample question about The Runaways.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1
.venv/bin/filmbot index build
question="${1:-Who plays Cherie Currie in The Runaways?}"
echo "Q: $question"
.venv/bin/filmbot ask "$question"
