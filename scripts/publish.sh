#!/usr/bin/env bash
# Publishes a register into an existing build, with no trunk and no rebuild of the app:
#
#   scripts/publish.sh [--tidigare PUBLISHED.json] REGISTER.json [DIST]     (DIST defaults to dist/)
#
# Checks REGISTER.json exactly as the app reads it; if it has any problem, lists every one in
# Swedish and changes nothing (exit 1). Otherwise writes DIST/register.json, with the history of
# the register published so far (DIST/register.json, or PUBLISHED.json when DIST is a fresh build)
# and a record of what changed since it, exactly as Publicera writes it; renders the pre-rendered
# first screen of DIST/index.html again from it (statuses as of today); and writes the open data,
# DIST/register.csv and DIST/dcat.rdf, and their documentation, DIST/oppna-data.html. Copy those
# five files to the web server, or run this on the server's own copy. Needs only cargo (rustup);
# the first run compiles the small publish tool (about a minute), later runs start at once.
# See docs/PUBLISHING.md.
set -euo pipefail
usage="användning: scripts/publish.sh [--tidigare PUBLICERAD.json] [--datum ÅÅÅÅ-MM-DD] [--] REGISTER.json [DIST]   (DIST är dist/ om den inte anges; PUBLICERAD är registret som är publicerat nu, annars DIST/register.json; datum är publiceringsdagen, annars i dag)"
flags=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help)
      echo "$usage"
      echo "Kontrollerar REGISTER.json som appen läser den och publicerar den i DIST, med historiken över vad som ändrats sedan det publicerade registret, eller listar varje fel och ändrar ingenting."
      exit 0
      ;;
    --tidigare)
      if [[ ! -f "${2:-}" ]]; then
        echo "Filen finns inte: ${2:-(ingen fil angiven efter --tidigare)}" >&2
        exit 2
      fi
      flags+=(--tidigare "$(realpath -- "$2")")
      shift 2
      ;;
    --datum)
      flags+=(--datum "${2:-}")
      shift 2 || { echo "$usage" >&2; exit 2; }
      ;;
    --)
      shift
      break
      ;;
    *) break ;;
  esac
done
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "$usage" >&2
  exit 2
fi
# In Swedish, before realpath could answer in English; `--` so a name starting with "-" is a name.
if [[ ! -f "$1" ]]; then
  echo "Filen finns inte: $1" >&2
  exit 2
fi
dist_arg="${2:-$(dirname "${BASH_SOURCE[0]}")/../dist}"
if [[ ! -d "$dist_arg" ]]; then
  echo "Mappen finns inte: $dist_arg (en byggd app, till exempel dist/)" >&2
  exit 2
fi
register="$(realpath -- "$1")"
dist="$(realpath -- "$dist_arg")"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
exec cargo run --quiet --release -p samverkan-tools --bin publish -- "${flags[@]}" "$register" "$dist"
