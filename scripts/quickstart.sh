#!/usr/bin/env bash
# The main job on a fresh Debian machine: install what is missing, build the extension, start the
# local sandbox on a free loopback port, run examples/quickstart.php against it, stop the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

port="$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')"
export CASHFIN_SANDBOX_DB
CASHFIN_SANDBOX_DB="$(mktemp -u /tmp/cashfin-quickstart-XXXXXX.sqlite)"
php -S "127.0.0.1:$port" sandbox/router.php >/dev/null 2>&1 &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true; rm -f "$CASHFIN_SANDBOX_DB"*' EXIT
for _ in $(seq 1 50); do
    php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://127.0.0.1:$port/__sandbox/health" && break
    sleep 0.1
done

echo "sandbox: http://127.0.0.1:$port"
CASHFIN_CLIENT_SECRET=cs_quickstart_secret CASHFIN_BASE_URL="http://127.0.0.1:$port" \
    php -d extension="$(pwd)/modules/cashfin.so" examples/quickstart.php
