#!/usr/bin/env bash
# Install readouts with its test dependencies into .venv and run the test suite.
# Tests that score against the shared gold files need ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
