#!/usr/bin/env bash
# Runs every cashfin benchmark in one go and writes bench/RESULTS.md:
#
#   bash bench/run.sh            # the full run (about 5 to 6 minutes on 2 cores)
#   bash bench/run.sh --quick    # fewer rounds and calls: checks the harness, figures not to be quoted
#
# Installs what is missing (Debian packages), builds the extension from a private copy of this
# repository (release flags, -O2) and the C floor, starts its own nginx and php-fpm on free loopback
# ports, runs the workloads, stops what it started, and removes its temporary directory
# (BENCH_KEEP=1 keeps it: logs, callgrind files, results.json).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

# What the project's tests need, and the peers and tools the benchmark adds (the decoder comparison:
# PHP's embed SAPI, simdjson and a C++ compiler).
bash "$repo/scripts/setup.sh" php-curl php-guzzlehttp-guzzle wrk valgrind autoconf libphp-embed libsimdjson-dev g++

work="$(mktemp -d "${TMPDIR:-/tmp}/cashfin-bench-XXXXXX")"
cleanup() {
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        echo "bench: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# The extension, from a private copy: the working tree is left alone (others may be building in it).
echo "bench: building the extension in $work/build"
mkdir -p "$work/build"
# Only the sources (config.m4, the header, ext/): no build products of the working tree come along.
tar -C "$repo" --exclude='*.lo' --exclude='*.o' --exclude='*.dep' --exclude='.libs' -cf - config.m4 php_cashfin.h ext \
    | tar -C "$work/build" -xf -
(
    cd "$work/build"
    { phpize && ./configure --enable-cashfin && make clean && make -j"$(nproc)"; } >"$work/build.log" 2>&1 \
        || { tail -40 "$work/build.log"; exit 1; }
)

echo "bench: building the C floor"
# shellcheck disable=SC2046
gcc -O2 -Wall -Wextra -o "$work/floor" "$here/floor.c" $(pkg-config --cflags --libs libcurl libcjson)

echo "bench: building the decoder comparison"
# The extension's decoder as the extension compiles it (-O2), simdjson's candidate, PHP embedded.
php_version="$(php-config --version | cut -d. -f1,2)"
php_libdir="$(php-config --prefix)/lib"
php_lib="php$php_version"
[ -f "$php_libdir/lib$php_lib.so" ] || php_lib=php
# shellcheck disable=SC2046
g++ -O2 -Wall -Wextra -std=c++17 $(php-config --includes) -c "$here/decoders/simdjson.cpp" -o "$work/simdjson.o"
# shellcheck disable=SC2046
gcc -O2 -Wall -Wextra -o "$work/decoders" $(php-config --includes) -I"$repo" -I"$repo/ext" \
    "$here/decoders/decoders.c" "$repo/ext/decode.c" "$repo/ext/core/json_lex.c" "$repo/ext/core/text.c" "$work/simdjson.o" \
    -L"$php_libdir" -Wl,-rpath,"$php_libdir" -l"$php_lib" $(pkg-config --libs simdjson) -lstdc++

php "$here/bench.php" --ext="$work/build/modules/cashfin.so" --floor="$work/floor" --decoders="$work/decoders" \
    --work="$work" --out="$here/RESULTS.md" "$@"
