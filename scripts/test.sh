#!/usr/bin/env bash
# Install, lint and run the whole test suite. This is the README's test command and
# what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/install-browser.sh
bash scripts/install-story-tools.sh
.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy src
.venv/bin/lint-imports
# On every core (pytest-xdist); a file's tests stay on one worker, so its module
# fixtures (built projects) are made once and run in order.
.venv/bin/python -m pytest -n auto --dist loadfile
