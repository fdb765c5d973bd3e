#!/usr/bin/env bash
# Checks that every PHPDoc tag of the stub (array shapes, @throws) reads in PHPStan's PHPDoc parser, then
# runs the README's "Testing your application" examples (examples/phpunit) with Debian's PHPUnit against
# the module just built: a test that mocks Cashfin\CustomersInterface and builds exceptions with their
# public constructors, and one that runs against the sandbox. The sandbox is first laid out as a package
# install lays it out (the PHP files under Cashfin/sandbox/ on the include_path, the command in a bin
# directory), so the tests load it the way an application does. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
bash scripts/setup.sh phpunit php-phpstan-phpdoc-parser || exit 1
bash scripts/build.sh || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# PEAR role "php" under php_dir, role "script" in bin_dir: see sandbox/README.md, "Installed files".
installed="$work/php/Cashfin/sandbox"
mkdir -p "$installed/src" "$work/bin"
cp sandbox/router.php sandbox/Server.php sandbox/cashfin-sandbox.php "$installed/"
cp sandbox/src/*.php "$installed/src/"
cp sandbox/bin/cashfin-sandbox "$work/bin/"

include_path="$(php -r 'echo get_include_path();'):$work/php"
run_phpunit() {
    php -d extension="$(pwd)/modules/cashfin.so" -d include_path="$include_path" "$(command -v phpunit)" \
        -c examples/phpunit/phpunit.xml --log-junit "$work/junit.xml" "$@"
}

# Adds the totals of the outermost suite of the last run to passed and failed; no report counts as a failure.
passed=0
failed=0
count() {
    local run_status="$1" run_passed run_failed
    read -r run_passed run_failed < <(php -r '
        $xml = @simplexml_load_file($argv[1]);
        if ($xml === false || !isset($xml->testsuite)) { echo "0 1\n"; exit; }
        $suite = $xml->testsuite;
        $bad = (int) $suite["failures"] + (int) $suite["errors"];
        echo ((int) $suite["tests"] - $bad - (int) $suite["skipped"]), " ", $bad, "\n";' "$work/junit.xml")
    if [ "$run_status" -ne 0 ] && [ "$run_failed" -eq 0 ]; then
        run_failed=1
    fi
    passed=$((passed + run_passed))
    failed=$((failed + run_failed))
    rm -f "$work/junit.xml"
}

echo "=== test-app: the stub's PHPDoc, as IDEs and static analysers read it"
if php scripts/check-stub-docs.php ext/cashfin.stub.php; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
fi

echo "=== test-app: every test; the sandbox test starts its own through Cashfin\Sandbox\Server"
helper="$(php -d include_path="$include_path" -r 'echo stream_resolve_include_path("Cashfin/sandbox/Server.php");')"
if [ "$helper" != "$installed/Server.php" ]; then
    echo "test-app: the helper resolves to '$helper', not the installed copy"
    failed=$((failed + 1))
fi
run_phpunit
count $?

echo "=== test-app: the sandbox test against the installed cashfin-sandbox command, as a CI script runs it"
php -d include_path="$include_path" "$work/bin/cashfin-sandbox" >"$work/sandbox.out" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 200); do
    [ -s "$work/sandbox.out" ] || ! kill -0 "$sandbox_pid" 2>/dev/null && break
    sleep 0.1
done
url="$(head -n 1 "$work/sandbox.out")"
if [[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+$ ]]; then
    CASHFIN_SANDBOX_URL="$url" run_phpunit --filter CustomerSignupSandboxTest
    count $?
else
    echo "test-app: cashfin-sandbox printed no URL:"
    cat "$work/sandbox.log"
    failed=$((failed + 1))
fi
kill "$sandbox_pid" 2>/dev/null
wait "$sandbox_pid" 2>/dev/null

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    echo "test-app: PHPUnit ran no test"
    failed=1
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
