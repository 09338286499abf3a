#!/usr/bin/env bash
# Installs, where missing, what building the app needs: the wasm32 target, trunk, wasm-bindgen-cli
# and wasm-opt. With --browser also Chromium, nginx and Apache httpd (the shipped deploy/ files are
# tested in them) and the browser-test packages.
# Only package registries are used (crates.io, npm, Debian); nothing else is downloaded.
# Why each version is pinned: README.md, "Tools".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"

TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml

say() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -qF " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 5–8 minutes the first time)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2–3 minutes)"
  # Not --locked: its lock file names a version the registry no longer has.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  say "installing wasm-opt (npm binaryen 132)"
  (cd scripts/tools && npm ci --no-audit --no-fund)
fi

if [[ "${1:-}" == "--browser" ]]; then
  # nginx with Debian's brotli modules, and Apache httpd: run by the tests as ordinary processes
  # on loopback ports (never as services).
  debs=()
  [ -x /usr/bin/chromium ] || debs+=(chromium)
  [ -x /usr/sbin/nginx ] || debs+=(nginx)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || debs+=(libnginx-mod-http-brotli-static)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || debs+=(libnginx-mod-http-brotli-filter)
  [ -x /usr/sbin/apache2 ] || debs+=(apache2)
  if [ ${#debs[@]} -gt 0 ]; then
    say "installing from Debian: ${debs[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${debs[@]}" >/dev/null
  fi
  # Installed again when a package the tests use is missing (one added since the last install).
  missing=$(cd tests/e2e && node -e 'const p = require("./package.json"), fs = require("fs");
    console.log(Object.keys(p.devDependencies).filter((n) => !fs.existsSync(`node_modules/${n}`)).join(" "))')
  if [ -n "$missing" ]; then
    say "installing Playwright (no browser download)"
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
fi
