#!/usr/bin/env bash
# Runs the local Cashfin sandbox in the foreground: scripts/sandbox.sh [port], default 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8080}"
echo "Cashfin sandbox on http://127.0.0.1:$port (Ctrl-C stops it)"
exec php -S "127.0.0.1:$port" sandbox/router.php
