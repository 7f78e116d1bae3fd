#!/usr/bin/env bash
# Create .venv and install microdrama with its test tools. Needs only Python >= 3.11
# and the package registry; no apt packages are needed yet.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
# Byte-compile the sources once: an editable install leaves that to the first import,
# which never happens where PYTHONDONTWRITEBYTECODE is set — then every build and every
# worker process would compile the whole package again (≈ 0.3–0.5 s of CPU each).
.venv/bin/python -m compileall -q src >/dev/null
