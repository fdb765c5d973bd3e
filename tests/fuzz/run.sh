#!/usr/bin/env bash
# Builds the libFuzzer targets over the PHP-free core (ext/core) and runs each one: first every
# input kept in regressions/<target>/ (always, once each), then fuzzing from corpus/<target>/.
#
#   tests/fuzz/run.sh                 5 seconds per target (what CI runs)
#   tests/fuzz/run.sh 600             600 seconds per target
#   tests/fuzz/run.sh runs=1000000    one million executions per target
#   tests/fuzz/run.sh 60 text headers only those targets (classify, headers, customer, text, decode, redis_url, budget)
#
# Needs clang with libFuzzer (Debian: clang-14 and libclang-rt-14-dev), libcurl and libcjson
# development files; the decode target also PHP's headers (php-dev) and its embed SAPI (libphp-embed),
# against which it checks the Zend layer's decoder (ext/decode.c). Any crash, leak, sanitizer report or broken invariant fails the target; its
# input is saved under tests/fuzz/build/artifacts/<target>/ (copy it to regressions/<target>/ to
# keep it). CASHFIN_FUZZ_TOLERATE=duplicate_keys,lenient_json,long_message,long_max_edge skips the
# invariants of those open bugs (see README.md); CASHFIN_FUZZ_CJSON=<a directory with cJSON.c> builds
# an instrumented cJSON in. Ends with "N passed, N failed", one count per target.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$here/build"
cc="${CC:-clang}"
all_targets=(classify headers customer text decode redis_url budget)

length="${1:-5}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

case "$length" in
runs=* | -runs=*) limit=(-runs="${length#*=}") ;;
*[!0-9]* | '')
    echo "usage: $0 [seconds | runs=N] [target...]" >&2
    exit 2
    ;;
*) limit=(-max_total_time="$length") ;;
esac

if ! command -v "$cc" >/dev/null; then
    echo "fuzz: $cc not found (apt-get install clang libclang-rt-14-dev)" >&2
    echo "0 passed, ${#targets[@]} failed"
    exit 1
fi

# shellcheck disable=SC2054 # the commas are -fsanitize's
flags=(-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Werror
    -fsanitize=address,undefined -fno-sanitize-recover=all -I"$root/ext" -I"$here")
IFS=',' read -r -a tolerated <<<"${CASHFIN_FUZZ_TOLERATE:-}"
for name in "${tolerated[@]}"; do
    case "$name" in
    duplicate_keys) flags+=(-DCF_FUZZ_TOLERATE_DUPLICATE_KEYS) ;;
    long_message) flags+=(-DCF_FUZZ_TOLERATE_LONG_MESSAGE) ;;
    long_max_edge) flags+=(-DCF_FUZZ_TOLERATE_LONG_MAX_EDGE) ;;
    lenient_json) flags+=(-DCF_FUZZ_TOLERATE_LENIENT_JSON) ;;
    '') ;;
    *)
        echo "fuzz: unknown CASHFIN_FUZZ_TOLERATE entry: $name" >&2
        exit 2
        ;;
    esac
done
mkdir -p "$build/core"
rm -f "$build"/core/*.o
# shellcheck disable=SC2207
libs=($(pkg-config --libs libcurl libcjson) -lm)
# shellcheck disable=SC2207
cflags=($(pkg-config --cflags libcurl libcjson))
# The system's cJSON is not instrumented: ASan cannot see its reads. CASHFIN_FUZZ_CJSON names a
# directory holding cJSON.c and cJSON.h (a checkout of github.com/DaveGamble/cJSON) to build in.
if [ -n "${CASHFIN_FUZZ_CJSON:-}" ]; then
    mkdir -p "$build/cjson/include/cjson"
    cp "$CASHFIN_FUZZ_CJSON/cJSON.h" "$build/cjson/include/cjson/"
    if ! "$cc" "${flags[@]}" -fsanitize=fuzzer-no-link -c "$CASHFIN_FUZZ_CJSON/cJSON.c" -o "$build/core/cJSON.o" \
        2>"$build/build.log"; then
        cat "$build/build.log" >&2
        echo "0 passed, ${#targets[@]} failed"
        exit 1
    fi
    # shellcheck disable=SC2207
    libs=($(pkg-config --libs libcurl) -lm)
    # shellcheck disable=SC2207
    cflags=(-I"$build/cjson/include" $(pkg-config --cflags libcurl))
fi
for source in "$root"/ext/core/*.c; do
    if ! "$cc" "${flags[@]}" "${cflags[@]}" -fsanitize=fuzzer-no-link -c "$source" \
        -o "$build/core/$(basename "$source" .c).o" 2>"$build/build.log"; then
        cat "$build/build.log" >&2
        echo "0 passed, ${#targets[@]} failed"
        exit 1
    fi
done

# The decode target is the one that runs PHP: the Zend layer's decoder, compiled as the extension
# compiles it, against PHP's own JSON parser through libphp (Debian: libphp8.2.so; a PHP built with
# --enable-embed: libphp.so).
php_objects=()
php_libs=()
if [[ " ${targets[*]} " == *" decode "* ]]; then
    php_version="$(php-config --version 2>/dev/null | cut -d. -f1,2)"
    php_libdir="$(php-config --prefix 2>/dev/null)/lib"
    for name in "php$php_version" php; do
        if [ -f "$php_libdir/lib$name.so" ]; then
            php_libs=(-L"$php_libdir" -Wl,-rpath,"$php_libdir" -l"$name")
            break
        fi
    done
    # shellcheck disable=SC2207
    php_includes=($(php-config --includes 2>/dev/null))
    if [ ${#php_libs[@]} -eq 0 ] || ! "$cc" "${flags[@]}" "${cflags[@]}" "${php_includes[@]}" -I"$root" \
        -fsanitize=fuzzer-no-link -c "$root/ext/decode.c" -o "$build/decode.o" 2>"$build/build.log"; then
        cat "$build/build.log" >&2
        echo "fuzz: the decode target needs php-dev and PHP's embed SAPI (apt-get install php-dev libphp-embed)" >&2
        echo "0 passed, ${#targets[@]} failed"
        exit 1
    fi
    php_objects=("$build/decode.o")
    cflags+=("${php_includes[@]}" -I"$root")
fi

passed=0
failed=0
for target in "${targets[@]}"; do
    binary="$build/fuzz_$target"
    log="$build/$target.log"
    work="$build/corpus/$target"
    artifacts="$build/artifacts/$target/"
    max_len=4096
    [ "$target" = classify ] && max_len=65536
    [ "$target" = decode ] && max_len=65536

    if [ ! -f "$here/fuzz_$target.c" ]; then
        echo "fuzz_$target: no such target (${all_targets[*]})"
        failed=$((failed + 1))
        continue
    fi
    mkdir -p "$work" "$artifacts"
    target_objects=()
    target_libs=()
    if [ "$target" = decode ]; then
        target_objects=("${php_objects[@]}")
        target_libs=("${php_libs[@]}")
    fi
    if ! "$cc" "${flags[@]}" "${cflags[@]}" -fsanitize=fuzzer "$here/fuzz_$target.c" "$build"/core/*.o \
        "${target_objects[@]}" "${libs[@]}" "${target_libs[@]}" -o "$binary" 2>"$log"; then
        cat "$log" >&2
        echo "fuzz_$target: FAIL (does not build)"
        failed=$((failed + 1))
        continue
    fi

    # Inputs that once broke something are replayed first, every time.
    regressions=()
    if [ -d "$here/regressions/$target" ]; then
        while IFS= read -r -d '' file; do regressions+=("$file"); done \
            < <(find "$here/regressions/$target" -type f ! -name '*.md' -print0 | sort -z)
    fi
    broken=0
    for file in "${regressions[@]}"; do
        if ! "$binary" "$file" >"$log" 2>&1; then
            echo "  regressions/$target/$(basename "$file"): $(grep -m 1 -E 'fuzz invariant|ERROR: |runtime error' "$log")"
            broken=$((broken + 1))
        fi
    done
    if [ $broken -gt 0 ]; then
        echo "fuzz_$target: FAIL ($broken of ${#regressions[@]} regression inputs fail again)"
        failed=$((failed + 1))
        continue
    fi

    dict=()
    [ -f "$here/dict/$target.dict" ] && dict=(-dict="$here/dict/$target.dict")
    started=$(date +%s)
    "$binary" "${limit[@]}" -seed="${CASHFIN_FUZZ_SEED:-0}" "${dict[@]}" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$here/corpus/$target" >"$log" 2>&1
    status=$?
    seconds=$(($(date +%s) - started))
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ $status -eq 0 ] && [ -n "$executions" ] &&
        ! grep -qE '^(==[0-9]+==ERROR|SUMMARY: )|runtime error:|fuzz invariant failed' "$log"; then
        echo "fuzz_$target: PASS, ${executions} executions in ${seconds} s (${#regressions[@]} regression inputs replayed)"
        passed=$((passed + 1))
    else
        grep -E 'fuzz invariant|ERROR: |SUMMARY|runtime error|Test unit written' "$log" | head -n 8
        echo "fuzz_$target: FAIL after ${executions:-?} executions (exit $status; log: $log)"
        failed=$((failed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
