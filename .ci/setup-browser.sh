#!/usr/bin/env bash
# Headless Chromium for the workbench's browser tests: Debian's package, installed only when missing.
# Playwright drives this executable; it never downloads a browser of its own.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    echo "chromium present: $(command -v chromium)"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
echo "chromium installed: $(command -v chromium)"
