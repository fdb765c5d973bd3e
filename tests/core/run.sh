#!/usr/bin/env bash
# Builds the PHP-free core with its unit tests and runs them. Extra arguments go to the compiler,
# e.g. `tests/core/run.sh -fsanitize=address,undefined`. CASHFIN_CORE_FILTER picks tests by name.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/core/build"
mkdir -p "$out"
cc="${CC:-cc}"
# The Redis budget is built when hiredis is there, as ./configure does; its tests then need redis-server.
redis=()
if pkg-config --exists hiredis; then
    read -r -a redis <<<"-DCASHFIN_HAVE_HIREDIS $(pkg-config --cflags --libs hiredis)"
    # and rediss:// when hiredis has TLS, as ./configure does
    if pkg-config --exists hiredis_ssl openssl; then
        read -r -a redis <<<"${redis[*]} -DCASHFIN_HAVE_HIREDIS_SSL $(pkg-config --cflags --libs hiredis_ssl openssl)"
    fi
fi
# shellcheck disable=SC2046
"$cc" -std=c11 -D_GNU_SOURCE -g -O1 -pthread -Wall -Wextra -Werror "$@" \
    -I"$root/ext" $(pkg-config --cflags libcurl libcjson) \
    "$root"/ext/core/*.c "$root"/tests/core/*.c \
    $(pkg-config --libs libcurl libcjson) "${redis[@]}" -lm -lrt -pthread -o "$out/core-tests"
"$out/core-tests" ${CASHFIN_CORE_FILTER:-}
