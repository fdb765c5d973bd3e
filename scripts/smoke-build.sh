#!/usr/bin/env bash
# Builds the extension from release archives as a user would, and tries each build:
#   scripts/smoke-build.sh ARCHIVE...
# ARCHIVE is a PECL tarball (cashfin-<version>.tgz, from `pecl package`) or a source archive (as
# `git archive` makes it and PIE downloads it). Each one is unpacked in a scratch directory and
# built there with `phpize`, `./configure` without any option and `make`, against the php on the
# PATH; then the archive's own sandbox is started, as the README tells a user of the unpacked source
# (a PIE user) to: its command sandbox/bin/cashfin-sandbox, run from outside the tree, prints its URL;
# the archive's examples/quickstart.php runs against it with the module just built, and an
# application's check (scripts/sandbox-app-check.php) drives a fault through the archive's
# sandbox/Server.php. A build passes when the module loads with the archive's version, every step of
# the quickstart prints its line, the check passes and the command stops when told to.
# scripts/test-package.sh runs it on PHP 8.2 and, through scripts/trixie.sh, on PHP 8.4.
# Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

scratch="$(mktemp -d /tmp/cashfin-smoke.XXXXXX)"
trap 'cashfin_sandbox_stop; rm -rf "$scratch"' EXIT
steps=(created listed details updated now refused invalid "last call")
php_version="$(php -r 'echo PHP_VERSION;')"
libraries="libcurl $(pkg-config --modversion libcurl), cJSON $(pkg-config --modversion libcjson)"
passed=0
failed=0

# The directory of the unpacked archive $1 that holds config.m4 (a PECL tarball has package.xml
# beside it, a source archive may have a prefix).
unpack() {
    local dir
    dir="$scratch/$(basename "$1")"
    mkdir -p "$dir" && tar -xf "$1" -C "$dir" || return 1
    dirname "$(find "$dir" -maxdepth 2 -name config.m4 | head -n 1)"
}

# Builds in $1 as a user would; the log is $1/build.log.
build() {
    (cd "$1" && phpize && ./configure && make -j"$(nproc)") >"$1/build.log" 2>&1 && [ -f "$1/modules/cashfin.so" ]
}

# Runs the quickstart of the tree $1 against its sandbox; sets why when it fails.
smoke() {
    local tree="$1" module="$1/modules/cashfin.so" version status
    version="$(sed -n 's/^#define PHP_CASHFIN_VERSION "\(.*\)"/\1/p' "$tree/php_cashfin.h")"
    if [ "$(php -d extension="$module" -r 'echo phpversion("cashfin");')" != "$version" ]; then
        why="the module does not load as cashfin $version"
        return 1
    fi
    cashfin_sandbox_start "$tree/sandbox/bin/cashfin-sandbox" "$scratch" 2>&1 ||
        { why="its sandbox command did not start"; return 1; }
    against_sandbox "$tree" "$module"
    status=$?
    if ! cashfin_sandbox_stop && [ "$status" -eq 0 ]; then
        why="its sandbox command did not stop cleanly when told to"
        status=1
    fi
    return "$status"
}

# The quickstart of the tree $1 and an application's check, with the module $2, against the sandbox
# at sandbox_url; sets why when one fails.
against_sandbox() {
    local tree="$1" module="$2" out step
    out="$(CASHFIN_CLIENT_SECRET=cs_smoke_secret CASHFIN_BASE_URL="$sandbox_url" \
        php -d extension="$module" "$tree/examples/quickstart.php" 2>&1)"
    for step in "${steps[@]}"; do
        if ! grep -q "^$step " <<<"$out"; then
            why="no '$step' line from the quickstart; it printed:"$'\n'"$out"
            return 1
        fi
    done
    if ! out="$(cashfin_sandbox_app_check "$scratch" "$module" "$tree/sandbox/Server.php" "$tree/sandbox/Server.php")"; then
        why="the application's check against its sandbox failed:"$'\n'"$out"
        return 1
    fi
}

if [ $# -eq 0 ]; then
    echo "usage: scripts/smoke-build.sh ARCHIVE..."
    exit 2
fi
for archive in "$@"; do
    name="$(basename "$archive")"
    label="smoke: $name on PHP $php_version ($libraries)"
    if ! tree="$(unpack "$archive")" || [ "$tree" = . ]; then
        echo "$label: cannot unpack it, or it has no config.m4"
        failed=$((failed + 1))
    elif ! build "$tree"; then
        echo "$label: the build failed; last lines of its log:"
        tail -n 15 "$tree/build.log" | sed 's/^/    /'
        failed=$((failed + 1))
    elif ! smoke "$tree"; then
        echo "$label: built, but the smoke test failed: $why"
        failed=$((failed + 1))
    else
        echo "$label: built with phpize, configure (no options), make; the quickstart and a fault through its Server.php ran against its own sandbox command"
        passed=$((passed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
