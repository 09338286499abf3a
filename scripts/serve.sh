#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080/ (PORT to change), rebuilding on change.
# Installs the build tools first where missing. No autoreload: trunk would inject an inline script,
# which the app's Content-Security-Policy forbids; what is served is what ships (reload by hand).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$root/scripts/tools.sh"
cd "$root"
exec trunk serve --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}" "$@"
