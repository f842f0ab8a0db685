#!/usr/bin/env bash
# Sets up a fresh machine for PodPath: Node dependencies (npm ci) and, for the browser tests,
# Debian's Chromium (Playwright is told never to download a browser of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# fonts-nanum: Korean glyphs, so screenshots of the Korean UI show text rather than empty boxes.
if [ "${PODPATH_SKIP_CHROMIUM:-}" != "1" ] && { [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/nanum ]; }; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-nanum >/dev/null
fi
npm ci --no-audit --no-fund
