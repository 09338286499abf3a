#!/usr/bin/env bash
# Release build for hosting: writes dist/ (index.html, JS, wasm, CSS), which any static web server
# can serve from any path. Installs the build tools first where missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/tools.sh"
cd "$root"
trunk build --release
ls -l dist
