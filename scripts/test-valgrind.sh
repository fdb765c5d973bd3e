#!/usr/bin/env bash
# Builds cashfin (scripts/build.sh) and runs the phpt suite under valgrind's memcheck:
# run-tests.php -m, which turns Zend's allocator off (USE_ZEND_ALLOC=0) so that every emalloc is a
# malloc valgrind follows. An invalid read or write, a use of uninitialised memory or a definitely
# lost block in a test process makes that test fail ("LEAK"), with valgrind's report printed under
# it and kept in tests/<test>.mem. Extra arguments go to run-tests.php; CASHFIN_TESTS picks tests
# (default: the whole tests/ suite); CASHFIN_VALGRIND_OPTS adds valgrind options (e.g.
# --track-origins=yes). Ends with "N passed, N failed".
#
# What valgrind watches, and what not:
# - Only the test process. The servers a test starts (the sandbox's php -S, nginx, php-fpm,
#   openssl, curl) are skipped (--trace-children-skip): they are not the extension, and php -S
#   reading SQLite through PCRE's JIT is all noise.
# - PCRE's JIT is off (-d pcre.jit=0): JIT code reads past the end of strings on purpose.
# - tests/valgrind-shutdown.inc collects garbage cycles at the end of each test, as a debug PHP
#   does and Debian's release PHP does not; otherwise every cycle a test builds would be "lost".
# - tests/valgrind.supp suppresses what PHP itself loses when a test ends in a fatal error.
# - SKIP_PERF_SENSITIVE=1, as run-tests.php --asan sets it: everything runs 20 to 50 times slower,
#   and a test that measures time to the millisecond can read it to allow for that.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
bash scripts/setup.sh valgrind || exit 1
bash scripts/build.sh || exit 1
root="$(pwd)"

# valgrind reads VALGRIND_OPTS before the options run-tests.php gives it (-q --tool=memcheck
# --trace-children=yes --log-file=...). The values are split at blanks: no blanks in $root.
case "$root" in
    *[[:space:]]*)
        echo "valgrind: cannot run from a path with blanks ($root)"
        exit 1
        ;;
esac
valgrind_options=("--trace-children-skip=*" --leak-check=full --show-leak-kinds=definite
    --errors-for-leak-kinds=definite --num-callers=40 "--suppressions=$root/tests/valgrind.supp")
export VALGRIND_OPTS="${valgrind_options[*]} ${CASHFIN_VALGRIND_OPTS:-}"
run_tests_options=(-m -q --show-diff --show-mem "-j$(nproc)" -d pcre.jit=0
    -d "auto_prepend_file=$root/tests/valgrind-shutdown.inc")

export SKIP_PERF_SENSITIVE=1

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

start=$SECONDS
NO_INTERACTION=1 make test TESTS="${run_tests_options[*]} $* ${CASHFIN_TESTS:-tests}" 2>&1 | tee "$log"
cashfin_phpt_counts "$log" || echo "valgrind: run-tests.php printed no summary"

echo
echo "valgrind: phpt $phpt_passed passed, $phpt_failed failed (leaked or memory errors count as failed)," \
    "$phpt_skipped skipped, in $((SECONDS - start)) s"
echo "$phpt_passed passed, $phpt_failed failed"
[ "$phpt_failed" -eq 0 ]
