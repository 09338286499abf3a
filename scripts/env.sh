# Sourced by the other scripts: puts the project's tools on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/scripts/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# trunk must never download wasm-bindgen or wasm-opt; it uses the ones installed by tools.sh.
export TRUNK_OFFLINE=true
