#!/usr/bin/env bash
# Create .venv and install microdrama with its test tools. Needs only Python >= 3.11
# and the package registry; no apt packages are needed yet.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
