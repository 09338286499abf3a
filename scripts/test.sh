#!/usr/bin/env bash
# Runs every check and test: formatting, clippy (native and wasm), the core's tests, a release
# build, and the browser tests in headless Chromium against that build served from a sub-path.
# Installs what it needs first where missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/tools.sh" --browser
cd "$root"

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "the core depends on no UI, DOM or JavaScript binding (cargo tree, wasm32)"
banned=$(cargo tree -p samverkan-core --target wasm32-unknown-unknown --edges normal,build --prefix none \
  | grep -oE '^(leptos|web-sys|js-sys|wasm-bindgen)[^ ]* v[^ ]+' | sort -u || true)
if [[ -n "$banned" ]]; then
  echo "samverkan-core must not depend on these: $banned"
  exit 1
fi
echo "ok: no leptos, web-sys, js-sys or wasm-bindgen under samverkan-core"

step "cargo clippy (core and tools natively, then the wasm programs: the app and the bench wrapper)"
cargo clippy -p samverkan-core -p samverkan-tools --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p samverkansregistret -p samverkan-bench -- -D warnings

step "cargo test --workspace (native: the core, the tools, the architecture)"
log=$(mktemp)
cargo test --workspace 2>&1 | tee "$log"
core_passed=$(grep -oE '^test result: ok\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')

step "trunk build --release"
trunk build --release

step "browser tests (Playwright, Debian Chromium, dist/ served under /a/b/register/)"
(cd tests/e2e && npx playwright test --reporter=list,json) >"$log.e2e" 2>&1 \
  && e2e_ok=1 || e2e_ok=0
# The json reporter writes to stdout after the list output; keep the list for the log.
sed -n '/^{/,$!p' "$log.e2e"
e2e_counts=$(sed -n '/^{/,$p' "$log.e2e" | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    try { const r = JSON.parse(s).stats; console.log(`${r.expected} ${r.unexpected + r.flaky}`); }
    catch { console.log("0 1"); }
  });')
read -r e2e_passed e2e_failed <<<"$e2e_counts"

step "summary"
echo "core (cargo test): $core_passed passed"
echo "browser (Playwright): $e2e_passed passed, $e2e_failed failed"
if [[ $e2e_ok -ne 1 || $e2e_failed -ne 0 ]]; then
  echo "$((core_passed + e2e_passed)) passed, $e2e_failed failed"
  exit 1
fi
echo "$((core_passed + e2e_passed)) passed, 0 failed"
