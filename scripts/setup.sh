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

# Evidence capture drives Debian's Chromium. Its `chromium-headless-shell` package (the same
# Chromium build, without the desktop browser around it) renders screenshots faster and is
# used when present; `chromium` alone works too.
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/bin/$1" ]; }
apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
  }
}
if ! have chromium || ! have chromium-headless-shell; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Chromium (Debian packages 'chromium', 'chromium-headless-shell')" >&2
    apt_install chromium chromium-headless-shell || have chromium || apt_install chromium || {
      echo "setup: could not install Chromium with apt-get; screenshots are skipped until" >&2
      echo "       'apt-get install chromium' succeeds (WARC evidence and hashes are still kept)." >&2
    }
  elif ! have chromium; then
    echo "setup: Chromium not found. Install it with: sudo apt-get install chromium chromium-headless-shell" >&2
    echo "       (or set [evidence] browser_path in watchlist.toml). Screenshots are skipped" >&2
    echo "       until then; WARC evidence and hashes are still kept." >&2
  fi
fi
