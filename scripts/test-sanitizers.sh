#!/usr/bin/env bash
# Builds cashfin with clang's AddressSanitizer and UndefinedBehaviorSanitizer (in .build/sanitizers,
# apart from the normal build) and runs the phpt suite on Debian's php with the ASan runtime
# preloaded (run-tests.php --asan: Zend's allocator off, so ASan sees every emalloc), then the core
# unit tests built with the same sanitizers. Any sanitizer report fails the run and is printed.
# Extra arguments go to run-tests.php; CASHFIN_TESTS picks tests (default: the whole tests/ suite).
# Ends with "N passed, N failed".
#
# How the runtime gets into a php that was not built for it (see scripts/sanitizer-preload.c):
# LD_PRELOAD holds a small library first and the ASan runtime second. The library drops the
# RTLD_DEEPBIND flag PHP loads extensions with (ASan refuses it) and removes LD_PRELOAD from the
# environment, so that the servers a test starts (php -S, nginx, curl) run as usual. php-fpm, which
# loads the instrumented cashfin.so in the FPM tests, is started through a wrapper that preloads again.
#
# Leaks are valgrind's job (scripts/test-valgrind.sh): the php binary is not instrumented and
# --asan's tracked allocator frees request memory wholesale, so LeakSanitizer is off for PHP.
# The core tests are plain C and run with LeakSanitizer on.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
bash scripts/setup.sh clang llvm libclang-rt-dev || exit 1
root="$(pwd)"
build="$root/.build/sanitizers"
sanitize=("-fsanitize=address,undefined" -fno-omit-frame-pointer)

runtime="$(clang -print-file-name=libclang_rt.asan-x86_64.so)"
if [ ! -f "$runtime" ]; then
    echo "sanitizers: clang has no ASan runtime ($runtime); install libclang-rt-dev"
    exit 1
fi
php="$(php-config --php-binary)"
symbolizer="$(command -v llvm-symbolizer || true)"

echo "sanitizers: building in $build"
cashfin_copy_sources "$build"
if ! (cd "$build" \
        && phpize >/dev/null \
        && ./configure CC=clang CFLAGS="-g -O1 ${sanitize[*]}" LDFLAGS="${sanitize[*]}" \
            --enable-cashfin --enable-cashfin-developer >/dev/null \
        && make -j"$(nproc)" >/dev/null); then
    echo "sanitizers: the build failed"
    exit 1
fi
clang -shared -fPIC -O2 -Wall -Wextra -Werror -o "$build/sanitizer-preload.so" scripts/sanitizer-preload.c -ldl || exit 1

# Wrappers that start a binary with the runtime preloaded: the php the tests run on, and php-fpm.
preload="$build/sanitizer-preload.so $runtime"
printf '#!/bin/sh\nLD_PRELOAD="%s" exec "%s" "$@"\n' "$preload" "$php" >"$build/php"
chmod +x "$build/php"
fpm="$(command -v "php-fpm$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')" \
    || command -v "/usr/sbin/php-fpm$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')" || true)"
if [ -n "$fpm" ]; then
    printf '#!/bin/sh\nLD_PRELOAD="%s" exec "%s" "$@"\n' "$preload" "$fpm" >"$build/php-fpm"
    chmod +x "$build/php-fpm"
    export CASHFIN_STACK_FPM="$build/php-fpm"
fi

# Every report of every process goes to a file of its own: ASan and UBSan stop the process at the
# first (halt_on_error), so the test it happened in fails as well.
reports="$build/reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0:halt_on_error=1:abort_on_error=1:log_path=$reports/report"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=$reports/report"
[ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH="$symbolizer" UBSAN_SYMBOLIZER_PATH="$symbolizer"
# The sandbox needs pdo_sqlite, which Debian's php loads from its own ini.
export CASHFIN_SANDBOX_PHP="$php"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# PHP_EXECUTABLE: run-tests.php runs on the wrapper too, and gives it to every test.
(cd "$build" && NO_INTERACTION=1 make test PHP_EXECUTABLE="$build/php" \
    TESTS="--asan -q --show-diff -j$(nproc) $* ${CASHFIN_TESTS:-tests}") 2>&1 | tee "$log"
cashfin_phpt_counts "$log" || echo "sanitizers: run-tests.php printed no summary"

echo
echo "sanitizers: core tests"
(cd "$build" && CC=clang ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    bash tests/core/run.sh "${sanitize[@]}") 2>&1 | tee "$log"
cashfin_core_counts "$log" || echo "sanitizers: the core tests did not finish"

report_count=0
for report in "$reports"/*; do
    [ -e "$report" ] || continue
    report_count=$((report_count + 1))
    echo
    echo "sanitizers: report $report"
    cat "$report"
done

passed=$((phpt_passed + core_passed))
failed=$((phpt_failed + core_failed))
if [ "$report_count" -gt 0 ] && [ "$failed" -eq 0 ]; then
    # A report from a process whose failure no test noticed (e.g. a server) still fails the run.
    failed=$report_count
fi
echo
echo "sanitizers: phpt $phpt_passed passed, $phpt_failed failed, $phpt_skipped skipped; core $core_passed passed, $core_failed failed; $report_count sanitizer report(s)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
