--TEST--
The sandbox's own checks (sandbox/selftest.php: routes, field rules, pagination, rate limit, idempotency replay, faults, the admin API) all pass
--SKIPIF--
<?php
if (!is_file(dirname(__DIR__) . '/sandbox/selftest.php')) {
    die('skip sandbox/selftest.php is not installed with the package: it runs from a source tree');
}
?>
--FILE--
<?php
$php = escapeshellarg(PHP_BINARY);
$script = escapeshellarg(dirname(__DIR__) . '/sandbox/selftest.php');
exec("$php $script 2>&1", $lines, $status);
if (!preg_match('/^(\d+) passed, 0 failed$/', (string) end($lines), $m) || $status !== 0) {
    echo implode("\n", $lines), "\n";
}
echo "exit status $status, ", (int) ($m[1] ?? 0) >= 200 ? 'at least 200 checks' : 'too few checks', "\n";
?>
--EXPECT--
exit status 0, at least 200 checks
