#!/usr/bin/env bash
# Install readouts into .venv and run it on the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .
exec .venv/bin/readouts demo "$@"
