#!/usr/bin/env bash
# Rate bench: 1, 2, 4 and 8 processes x rate_limit_store 'process', 'host' and Redis against the sandbox limited to
# 5/s, and the cost of one reservation in shared memory and in Redis. Writes bench/RESULTS-rate.md.
#
#   bash bench/rate.sh                        # builds the extension in the tree (scripts/build.sh) first
#   CASHFIN_SO=modules/cashfin.so bash bench/rate.sh --seconds 10   # a built module; arguments go to bench/rate.php
#
# Installs nothing beyond what scripts/setup.sh installs (it is run first, and does nothing when all is there).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
so="${CASHFIN_SO:-}"
bash "$root/scripts/setup.sh"
if [ -z "$so" ]; then
    bash "$root/scripts/build.sh" >&2
    so="$root/modules/cashfin.so"
fi
so="$(cd "$(dirname "$so")" && pwd)/$(basename "$so")"

work="$(mktemp -d "${TMPDIR:-/tmp}/cashfin-bench-rate.XXXXXX")"
redis_pid=""
cleanup() {
    if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# The reservation costs: the core's stores alone, against a redis-server of the bench's own on a free loopback port.
cc -std=c11 -D_GNU_SOURCE -O2 -I"$root/ext" -DCASHFIN_HAVE_HIREDIS "$root/bench/reserve.c" "$root"/ext/core/budget.c \
    "$root"/ext/core/budget_host.c "$root"/ext/core/budget_redis.c "$root"/ext/core/redis_url.c "$root"/ext/core/sha256.c \
    "$root"/ext/core/text.c $(pkg-config --libs hiredis) -lm -lrt -pthread -o "$work/reserve"
port="$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')"
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$work" --daemonize no --loglevel warning \
    >/dev/null 2>&1 &
redis_pid=$!
for _ in $(seq 100); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.05
done
"$work/reserve" 20000 "redis://127.0.0.1:$port/0" | tee "$work/costs" >&2
kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
redis_pid=""

label="$(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
php -n -d extension="$so" "$root/bench/rate.php" --reserve-costs "$work/costs" --out "$root/bench/RESULTS-rate.md" \
    --so-label "built from the tree at $label" "$@"
