#!/usr/bin/env bash
# Build the WebAssembly module and serve the page.
#
#   bash scripts/serve.sh               install what is missing, build, serve www/ on http://127.0.0.1:8000/
#   bash scripts/serve.sh --build-only  install what is missing and build www/pkg/ only (tests, benchmarks)
#   PORT=9000 bash scripts/serve.sh     serve on another port
set -euo pipefail
source "$(dirname "$0")/setup.sh"

build_wasm
if [ "${1:-}" = "--build-only" ]; then
  exit 0
fi
exec node "$ROOT/scripts/serve.mjs" --root "$ROOT/www" --port "${PORT:-8000}"
