--TEST--
examples/quickstart.php: with CASHFIN_CLIENT_SECRET and CASHFIN_BASE_URL (as scripts/quickstart.sh sets them) `new Cashfin\Customers()` reaches the sandbox and the whole flow prints; without CASHFIN_BASE_URL it stops before any request instead of writing to the real API
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_quickstart_secret']);

/** Runs the example with this environment; returns [exit status, stdout, stderr]. */
function quickstart(array $env): array
{
    // run-tests.php's php (a wrapper that preloads the sanitizers' runtime in scripts/test-sanitizers.sh).
    $command = [getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=cashfin',
        dirname(__DIR__) . '/examples/quickstart.php'];
    // The test's own environment (the sanitizers' options among it), without the variables under test.
    $inherited = array_diff_key(getenv(), ['CASHFIN_BASE_URL' => true, 'CASHFIN_CLIENT_SECRET' => true]);
    $proc = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env + $inherited);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    return [proc_close($proc), $out, $err];
}

echo "-- against the sandbox --\n";
[$status, $out, $err] = quickstart(['CASHFIN_CLIENT_SECRET' => 'cs_quickstart_secret', 'CASHFIN_BASE_URL' => $base]);
echo "exit status $status, stderr: ", var_export($err, true), "\n";
// The README shows this output: every line, with the figures that vary masked.
echo preg_replace(['/[0-9a-f]{24}/', '/\+[0-9a-f]{6}@/', '/req_[0-9a-f]+/', '/in [0-9.]+ ms/', '/limit \d+\/\d+/'],
    ['<id>', '+<random>@', 'req_<id>', 'in <n> ms', 'limit <remaining>/<limit>'], $out);
echo "requests the sandbox answered: ", count(cf_requests($base)), "\n";

echo "-- no CASHFIN_BASE_URL: the real API is not written to --\n";
[$status, $out, $err] = quickstart(['CASHFIN_CLIENT_SECRET' => 'cs_quickstart_secret']);
echo "exit status $status, stdout: ", var_export($out, true), "\n", $err;
[$status, $out, $err] = quickstart(['CASHFIN_CLIENT_SECRET' => 'cs_quickstart_secret', 'CASHFIN_BASE_URL' => '']);
echo "empty CASHFIN_BASE_URL: exit status $status\n";
?>
--EXPECT--
-- against the sandbox --
exit status 0, stderr: ''
created   <id>  John Doe <john.doe+<random>@example.com>
listed    1 of 1 matching customers (page 1 of 1)
details   John Doe, Kenya, KES
updated   <id> (modified: 1)
now       +254799000001 in Mombasa
refused   Customer with this email already exists (HTTP 409, request req_<id>)
invalid   There are problems with your submission, before any request:
          - email: Email is required
          - phone: Phone must be a valid phone number
          - currency: Currency must be a 3-letter ISO 4217 code
last call HTTP 409 in <n> ms, 1 attempt(s), rate limit <remaining>/<limit>
requests the sandbox answered: 7
-- no CASHFIN_BASE_URL: the real API is not written to --
exit status 1, stdout: ''
quickstart: this example creates customers and would reach the real Cashfin API; set CASHFIN_BASE_URL to a sandbox (scripts/quickstart.sh does)
empty CASHFIN_BASE_URL: exit status 1
