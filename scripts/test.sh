#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "svelte-check"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human
step "eslint"
npx eslint .
step "prettier"
npx prettier --check .
step "unit tests (vitest)"
npx vitest run
step "production build (dist/)"
npx vite build --logLevel warn
step "test build (dist-e2e/, with the test hook)"
npx vite build --mode e2e --outDir dist-e2e --logLevel warn

step "headless Chromium"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium is missing: installing Debian's chromium package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing at $CHROMIUM. Install it with:"
    echo "  sudo apt-get update && sudo apt-get install -y chromium"
    exit 1
  fi
fi
"$CHROMIUM" --version || true
step "browser tests: smoke suite on dist/, full suite on dist-e2e/"
npx tsx e2e/run.ts
