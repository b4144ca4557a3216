#!/usr/bin/env bash
# Install readouts with its test dependencies into .venv and run the test suite.
# Tests that score against the shared gold files need ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test]'
# The browser tests (tests/test_browser.py) drive Debian's Chromium; install it when
# missing and we may (root). Without it those tests are skipped, the rest still run.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
# The Spark tests (tests/test_spark.py) run PySpark in local mode, which needs Java 17 or later:
# Debian's headless JRE (17, else the release's default), installed when missing and we may.
# Without it they are skipped.
if ! command -v java >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; }) \
        || echo "warning: could not install a Java runtime; Spark tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest -q "$@"
