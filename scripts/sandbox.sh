#!/usr/bin/env bash
# Runs the local Cashfin sandbox in the foreground: scripts/sandbox.sh [port], default 8080.
# The same as sandbox/bin/cashfin-sandbox --port PORT (which prints its URL; Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
exec php sandbox/bin/cashfin-sandbox --port "${1:-8080}"
