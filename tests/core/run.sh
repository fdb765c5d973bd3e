#!/usr/bin/env bash
# Builds the PHP-free core with its unit tests and runs them. Extra arguments go to the compiler,
# e.g. `tests/core/run.sh -fsanitize=address,undefined`. CASHFIN_CORE_FILTER picks tests by name.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/core/build"
mkdir -p "$out"
cc="${CC:-cc}"
# shellcheck disable=SC2046
"$cc" -std=c11 -D_GNU_SOURCE -g -O1 -pthread -Wall -Wextra -Werror "$@" \
    -I"$root/ext" $(pkg-config --cflags libcurl libcjson) \
    "$root"/ext/core/*.c "$root"/tests/core/*.c \
    $(pkg-config --libs libcurl libcjson) -lm -o "$out/core-tests"
"$out/core-tests" ${CASHFIN_CORE_FILTER:-}
