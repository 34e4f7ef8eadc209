# Shared set-up steps, sourced by serve.sh and test.sh. Each step installs only what is
# missing, so a second run is quick. Needs: rustup/cargo, Node.js with npm; apt-get for
# Chromium (browser tests only).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The wasm-bindgen version pinned in Cargo.lock (the crate is pinned with "=" in Cargo.toml).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want have
  want="$(wasm_bindgen_version)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (found: ${have:-none}; takes a few minutes)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_tools() {
  if [ ! -x "$ROOT/scripts/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/scripts/node_modules/playwright-core" ] \
    || [ ! -d "$ROOT/scripts/node_modules/world-atlas" ] || [ ! -x "$ROOT/scripts/node_modules/.bin/vite" ]; then
    log "installing the npm tools: wasm-opt (binaryen), playwright-core, the map's data and projection (world-atlas, topojson-client, d3-geo, i18n-iso-countries), vite (the embedding test)"
    (cd "$ROOT/scripts" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The README's Vite embed is tested offline (tests/browser/readme.test.mjs runs its `npm install
# --save-dev vite` with --offline). `npm ci` above caches the tarballs of the lock file but not
# the registry's package documents that a plain `npm install vite` reads, so that install is run
# here once, preferring the cache (a few seconds when everything is there), to fill them in.
ensure_vite_cache() {
  local dir="$ROOT/target/npm-vite-cache"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{ "name": "vite-cache", "private": true }' > "$dir/package.json"
  (cd "$dir" && npm install --save-dev vite --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null)
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  log "installing Debian's chromium for the browser tests"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# Build the release module into www/pkg/ (wasm-bindgen --target web, then wasm-opt -Oz),
# copy the example articles there, make www/pkg/ the npm package folder (sources from
# www/package/) and build the single-file page www/pkg/vn-news-extract.html (scripts/build-web.mjs).
build_wasm() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_node_tools
  log "building the WebAssembly module (release)"
  (cd "$ROOT" && cargo build --release --lib --target wasm32-unknown-unknown)
  local out="$ROOT/www/pkg"
  rm -rf "$out" && mkdir -p "$out/examples"
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "$ROOT/target/wasm32-unknown-unknown/release/vn_news_extract.wasm"
  "$ROOT/scripts/node_modules/.bin/wasm-opt" -Oz --strip-debug --strip-producers \
    "$out/vn_news_extract_bg.wasm" -o "$out/vn_news_extract_bg.wasm"
  cp "$ROOT"/tests/data/dev/texts/*.txt "$out/examples/"
  (cd "$out/examples" && node -e '
    const fs = require("fs");
    const items = fs.readdirSync(".").filter(f => f.endsWith(".txt")).sort().map(f => {
      const lines = fs.readFileSync(f, "utf8").split(/\r?\n/).map(s => s.trim()).filter(Boolean);
      return { file: f, first: lines[0] || f };
    });
    fs.writeFileSync("index.json", JSON.stringify(items, null, 1));')
  node "$ROOT/scripts/build-web.mjs"
  local raw gz
  raw=$(wc -c < "$out/vn_news_extract_bg.wasm")
  gz=$(gzip -9 -c "$out/vn_news_extract_bg.wasm" | wc -c)
  log "www/pkg/vn_news_extract_bg.wasm: $raw bytes raw, $gz bytes gzip -9"
}

# The command line at full speed: profile `cli` (release at opt-level 3; see Cargo.toml).
build_cli() {
  log "building the command line (cargo build --profile cli)"
  (cd "$ROOT" && cargo build -q --profile cli --bin vn-news-extract)
}

# Python tools in target/python/ (pinned in scripts/python-requirements.txt, from PyPI, only
# when missing or when the pins changed): tools/ is a virtual environment with maturin and the
# test tools; wheelhouse/ holds the wheels of the test tools, for offline installs.
PY_DIR="$ROOT/target/python"
REQS="$ROOT/scripts/python-requirements.txt"
ensure_python_tools() {
  if [ ! -x "$PY_DIR/tools/bin/maturin" ] || ! cmp -s "$REQS" "$PY_DIR/tools/requirements.txt"; then
    log "installing the Python tools into target/python/tools (maturin, pytest, dask, pandas)"
    python3 -m venv --clear "$PY_DIR/tools" &&
      "$PY_DIR/tools/bin/pip" install -q --disable-pip-version-check -r "$REQS" &&
      cp "$REQS" "$PY_DIR/tools/requirements.txt" || return 1
  fi
  if ! cmp -s "$REQS" "$PY_DIR/wheelhouse/requirements.txt"; then
    log "downloading the test tools' wheels into target/python/wheelhouse"
    rm -rf "$PY_DIR/wheelhouse" && mkdir -p "$PY_DIR/wheelhouse" &&
      grep -v '^#\|^maturin' "$REQS" > "$PY_DIR/test-requirements.txt" &&
      "$PY_DIR/tools/bin/pip" download -q --disable-pip-version-check --only-binary=:all: \
        -d "$PY_DIR/wheelhouse" -r "$PY_DIR/test-requirements.txt" &&
      cp "$REQS" "$PY_DIR/wheelhouse/requirements.txt" || return 1
  fi
}

# The wheel (maturin, profile cli, abi3: one wheel for CPython 3.9+) into target/wheels/.
build_wheel() {
  ensure_python_tools || return 1
  log "building the Python wheel (maturin build)"
  rm -f "$ROOT"/target/wheels/vn_news_extract-*.whl
  (cd "$ROOT" && "$PY_DIR/tools/bin/maturin" build --quiet -o target/wheels 2>&1 | grep -v '^\s*$' | tail -3)
  ls "$ROOT"/target/wheels/vn_news_extract-*.whl >/dev/null 2>&1
}

# A fresh virtual environment target/python/fresh with the built wheel and the test tools,
# installed offline (pip --no-index: nothing but the wheel and the wheelhouse).
fresh_python_env() {
  local venv="$PY_DIR/fresh"
  python3 -m venv --clear "$venv" &&
    "$venv/bin/pip" install -q --disable-pip-version-check --no-index \
      --find-links "$PY_DIR/wheelhouse" -r "$PY_DIR/test-requirements.txt" &&
    "$venv/bin/pip" install -q --disable-pip-version-check --no-index "$ROOT"/target/wheels/vn_news_extract-*.whl
}
