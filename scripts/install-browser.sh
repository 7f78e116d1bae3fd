#!/usr/bin/env bash
# Debian packages the browser tests need: Chromium (Playwright drives it through its
# executable; Playwright's own browser download is not used), CJK fonts so Chinese
# and Japanese text renders in it, and fonts-noto-core: the Arabic, Thai and Devanagari
# faces localized subtitles are drawn with. Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi "Noto Sans Arabic" || need+=(fonts-noto-core)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || true
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
