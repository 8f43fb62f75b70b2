#!/usr/bin/env bash
# Set up repwatch from nothing: a virtual environment in .venv with the package and its test
# tools, and the system Chromium that evidence capture drives (no browser download).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Chromium (Debian package 'chromium') for evidence screenshots" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || {
      apt-get update -qq >/dev/null 2>&1
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    }
  else
    echo "setup: Chromium not found. Install it with: sudo apt-get install chromium" >&2
    echo "       (or set [evidence] browser_path in watchlist.toml). Screenshots are skipped" >&2
    echo "       until then; WARC evidence and hashes are still kept." >&2
  fi
fi
