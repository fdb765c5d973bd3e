--TEST--
requests_per_second paces single calls too: no more than floor(rate) start in any one-second window
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1); // numeric strings are TypeErrors for a strict caller (tests/143 for the others)
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_RPS' => '3']);
$starts = [];
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => 3, 'max_retries' => 0]);
for ($i = 0; $i < 7; $i++) {
    $starts[] = microtime(true);
    $client->list();
}
// 7 calls at 3 per second: the 4th waits for the first second to pass, the 7th for the second.
$elapsed = microtime(true) - $starts[0];
echo "paced: ", var_export($elapsed >= 2.0, true), ", no 429 from a sandbox limited to 3/s\n";
preg_match('/\[requests_per_second\] => ([0-9.]+)/', print_r($client, true), $shown);
echo "shown: $shown[1]\n";

foreach ([0, -1, 1001, NAN] as $bad) {
    try {
        new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => $bad]);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => '5']);
} catch (ValueError $e) { // a string is a rate only as 'auto' for a strict caller
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
paced: true, no 429 from a sandbox limited to 3/s
shown: 3
Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be a number or "auto"
