#!/usr/bin/env bash
# Sets up what is missing, then serves the app with live reload at http://127.0.0.1:8080/
# Extra arguments go to `trunk serve` (e.g. --release, --port 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "Serving Showdown at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve "$@"
