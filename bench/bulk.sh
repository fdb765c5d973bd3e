#!/usr/bin/env bash
# Bulk bench: 200 sequential create() calls against one createMany() of 200 with concurrency 16, over HTTP/1.1
# and over TLS (HTTP/2), against the sandbox behind nginx + PHP-FPM with 20 ms of latency per request.
# Prints a table of medians and writes bench/RESULTS-bulk.md.
#
#   bash bench/bulk.sh                      # builds the extension in a private copy, 3 rounds
#   bash bench/bulk.sh --so modules/cashfin.so --rounds 5
#
# Other options go to bench/bulk.php: --count N --concurrency N --latency-ms N --workers N --out FILE.
# Installs nothing beyond what scripts/setup.sh installs (it is run first, and does nothing when all is there).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
so=""
pass=()
while [ $# -gt 0 ]; do
    case "$1" in
        --so) so="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) pass+=("$1"); shift ;;
    esac
done

bash "$root/scripts/setup.sh"

work=""
cleanup() { if [ -n "$work" ]; then rm -rf "$work"; fi; }
trap cleanup EXIT

if [ -z "$so" ]; then
    # A private copy of the sources only: the working tree (and whatever build is in it) is left alone.
    work="$(mktemp -d "${TMPDIR:-/tmp}/cashfin-bench-bulk.XXXXXX")"
    (cd "$root" && find config.m4 php_cashfin.h ext -type f \( -name '*.c' -o -name '*.h' -o -name '*.m4' \) -print0 \
        | tar --null -cf - -T -) | tar -xf - -C "$work"
    echo "bulk bench: building the extension in $work" >&2
    (cd "$work" && phpize && ./configure --enable-cashfin && make -j"$(nproc)") >"$work/build.log" 2>&1 || {
        tail -n 30 "$work/build.log" >&2
        echo "bulk bench: the build failed" >&2
        exit 1
    }
    so="$work/modules/cashfin.so"
    label="built from the working tree at $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$root" \
        && [ -n "$(git status --porcelain -- ext config.m4 php_cashfin.h 2>/dev/null)" ] && echo ' with local changes' || true)"
else
    so="$(cd "$(dirname "$so")" && pwd)/$(basename "$so")"
    [ -f "$so" ] || { echo "bulk bench: $so not found" >&2; exit 1; }
    label="$so"
fi

# -n: no system ini, so no other copy of the extension gets in the way; the sandbox runs under its own FPM.
php -n -d extension="$so" "$root/bench/bulk.php" --out "$root/bench/RESULTS-bulk.md" --so-label "$label" "${pass[@]+"${pass[@]}"}"
