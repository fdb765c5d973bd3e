#!/usr/bin/env bash
# The main job on a fresh Debian machine: install what is missing, build the extension, start the
# local sandbox on a free loopback port, run examples/quickstart.php against it, stop the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
trap cashfin_sandbox_stop EXIT
cashfin_sandbox_start "$(pwd)/sandbox/bin/cashfin-sandbox"

echo "sandbox: $sandbox_url"
CASHFIN_CLIENT_SECRET=cs_quickstart_secret CASHFIN_BASE_URL="$sandbox_url" \
    php -d extension="$(pwd)/modules/cashfin.so" examples/quickstart.php
