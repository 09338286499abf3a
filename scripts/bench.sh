#!/usr/bin/env bash
# Benchmarks; not part of the test run. Builds the app once, then publishes synthetic registers of
# 1,000 / 10,000 / 50,000 entries (BENCH_SIZES to change) into copies of it exactly as IT would
# (`publish`, as scripts/publish.sh does: the register is a file beside the app, not in the wasm),
# builds the search core for Node, then runs bench/run.mjs in Debian's Chromium and Node.
# BENCH_COMPARE=DIR also times cold loads of another build (e.g. an older release) in the same run.
# Writes bench/results.json; BENCHMARKS.md explains the figures. About 6 minutes with tools installed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/tools.sh" --browser
cd "$root"
sizes="${BENCH_SIZES:-1000,10000,50000}"

echo "bench: the app with the real register (dist/)"
trunk --quiet build --release

cargo build --release -p samverkan-tools --bin synth --bin publish
mkdir -p target/bench
for n in ${sizes//,/ }; do
  echo "bench: synthetic register of $n entries (seed 2025), published into a copy of dist/"
  target/release/synth "$n" 2025 > "target/bench/register-$n.json"
  rm -rf "target/bench/dist-$n"
  cp -r dist "target/bench/dist-$n"
  # A first publication of the synthetic register, not a change to the memo's: no history.
  rm "target/bench/dist-$n/register.json"
  target/release/publish "target/bench/register-$n.json" "target/bench/dist-$n" >/dev/null
done

echo "bench: the search core for Node (wasm-bindgen --target nodejs)"
cargo build --release --target wasm32-unknown-unknown -p samverkan-bench
wasm-bindgen --target nodejs --out-dir target/bench/node \
  target/wasm32-unknown-unknown/release/samverkan_bench.wasm

(cd bench && npm ci --no-audit --no-fund --silent)
BENCH_SIZES="$sizes" node bench/run.mjs
