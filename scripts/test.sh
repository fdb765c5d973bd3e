#!/usr/bin/env bash
# Builds cashfin and runs every test: the phpt suite (make test, which starts its own sandboxes on
# free loopback ports) and the C unit tests of the PHP-free core. Ends with "N passed, N failed".
# Extra arguments go to run-tests.php, e.g. `scripts/test.sh -m` for valgrind.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
bash scripts/build.sh || exit 1

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

NO_INTERACTION=1 REPORT_EXIT_STATUS=1 make test TESTS="-q --show-diff -j2 $* tests" 2>&1 | tee "$log"
php_passed="$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)"
php_failed="$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)"
php_skipped="$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$log" | tail -1)"
php_borked="$(sed -n 's/^Tests borked *: *\([0-9]*\).*/\1/p' "$log" | tail -1)"
php_leaked="$(sed -n 's/^Tests leaked *: *\([0-9]*\).*/\1/p' "$log" | tail -1)"
if [ -z "$php_passed" ]; then
    echo "test: run-tests.php printed no summary"
    php_failed=1
fi

bash tests/core/run.sh 2>&1 | tee "$log"
core_passed="$(sed -n 's/^core: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log")"
core_failed="$(sed -n 's/^core: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log")"
[ -n "$core_passed" ] || { echo "test: the core tests did not run"; core_passed=0; core_failed=1; }

passed=$(( ${php_passed:-0} + core_passed ))
failed=$(( ${php_failed:-0} + ${php_borked:-0} + ${php_leaked:-0} + core_failed ))
echo
echo "phpt: ${php_passed:-0} passed, ${php_failed:-0} failed, ${php_borked:-0} borked, ${php_leaked:-0} leaked, ${php_skipped:-0} skipped; core: $core_passed passed, $core_failed failed"
echo "$passed passed, $failed failed, ${php_skipped:-0} skipped"
[ "$failed" -eq 0 ]
