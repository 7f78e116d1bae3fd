#!/usr/bin/env bash
# What the interactive-exchange tests check exports and imports with (issue 13):
#  - node and npm, from Debian when missing;
#  - the npm packages pinned in tools/story/package.json and its lock file: inkjs (its
#    inkjs-compiler compiles our Ink exports) and extwee (parses our Twee exports),
#    installed into tools/story/node_modules;
#  - a published real-world Ink story the tests do not ship: the example story in
#    inkcpp-py's source distribution on PyPI, into tools/story/published/.
# (bink, the Ink runtime the tests play exports with, is a dev dependency in pyproject.)
# Idempotent: installs only what is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq || true
  $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
tools=tools/story
if [ ! -x "$tools/node_modules/.bin/inkjs-compiler" ] || [ ! -f "$tools/node_modules/extwee/index.js" ] \
    || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
published="$tools/published/unreal_example.ink"
if [ ! -f "$published" ]; then
  python=.venv/bin/python
  [ -x "$python" ] || python=python3
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # The source archive straight from the package index (pip download would build the
  # package's metadata, compiling its C++ project, only to unpack one text file); its
  # sha256 is checked against the index's.
  "$python" - "$tmp" <<'PY'
import hashlib, re, sys, tarfile, urllib.request
from pathlib import Path
tmp, name = Path(sys.argv[1]), "inkcpp_py-0.1.12.tar.gz"
with urllib.request.urlopen("https://pypi.org/simple/inkcpp-py/", timeout=60) as r:
    index = r.read().decode("utf-8")
found = re.search(r'href="([^"#]+/' + re.escape(name) + r')#sha256=([0-9a-f]{64})"', index)
if found is None:
    sys.exit(f"{name} is not on the package index")
with urllib.request.urlopen(found[1], timeout=120) as r:
    data = r.read()
if hashlib.sha256(data).hexdigest() != found[2]:
    sys.exit(f"{name}: sha256 does not match the index")
(tmp / name).write_bytes(data)
with tarfile.open(tmp / name) as tar:
    tar.extract("inkcpp_py-0.1.12/inkcpp_python/unreal_example.ink", tmp, filter="data")
PY
  mkdir -p "$tools/published"
  mv "$tmp/inkcpp_py-0.1.12/inkcpp_python/unreal_example.ink" "$published"
fi
