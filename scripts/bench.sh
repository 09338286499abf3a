#!/usr/bin/env bash
# Benchmarks; not part of the test run. Builds the app with the real register and with synthetic
# registers of 1,000 / 10,000 / 50,000 entries (BENCH_SIZES to change), builds the search core
# for Node, then runs bench/run.mjs in Debian's Chromium and Node on this machine.
# Writes bench/results.json; BENCHMARKS.md explains the figures. About 6 minutes with tools installed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/tools.sh"
cd "$root"
sizes="${BENCH_SIZES:-1000,10000,50000}"

cargo build --release -p samverkan-tools --bin synth
mkdir -p target/bench
for n in ${sizes//,/ }; do
  echo "bench: synthetic register of $n entries (seed 2025) and its build"
  target/release/synth "$n" 2025 > "target/bench/register-$n.json"
  SAMVERKAN_REGISTER="$root/target/bench/register-$n.json" \
    trunk --quiet build --release --dist "target/bench/dist-$n"
done

echo "bench: the search core for Node (wasm-bindgen --target nodejs)"
cargo build --release --target wasm32-unknown-unknown -p samverkan-bench
wasm-bindgen --target nodejs --out-dir target/bench/node \
  target/wasm32-unknown-unknown/release/samverkan_bench.wasm

echo "bench: the app with the real register (dist/)"
trunk --quiet build --release

(cd bench && npm ci --no-audit --no-fund --silent)
BENCH_SIZES="$sizes" node bench/run.mjs
