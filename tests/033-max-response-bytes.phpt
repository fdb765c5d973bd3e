--TEST--
max_response_bytes: a larger answer is an UnexpectedResponseException, never unbounded memory; the default is 16 MiB
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$small = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_response_bytes' => 4096]);
for ($i = 1; $i <= 30; $i++) {
    $small->create(cf_person($i));
}
var_dump(count($small->list(['limit' => 5])['data'])); // about 1.5 KB: fits

try {
    $small->list(['limit' => 30]); // about 9 KB
} catch (Cashfin\UnexpectedResponseException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo "attempts: ", $small->lastResponse()['attempts'], "\n";
}

// A 20 MiB body against the default cap, without holding 20 MiB.
$default = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$huge = '{"success":true,"data":{"_id":"507f1f77bcf86cd799439011","blob":"' . str_repeat('x', 20 * 1024 * 1024) . '"}}';
cf_fault($base, ['path' => '/business/customer/details/', 'status' => 200, 'body' => $huge]);
unset($huge);
$before = memory_get_peak_usage();
try {
    $default->details('507f1f77bcf86cd799439011');
} catch (Cashfin\UnexpectedResponseException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(memory_get_peak_usage() - $before < 1024 * 1024);
preg_match('/\[max_response_bytes\] => (\d+)/', print_r($default, true), $shown);
echo "shown: $shown[1]\n";

foreach ([1023, 1024 * 1024 * 1024 + 1, -1] as $bad) {
    try {
        new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_response_bytes' => $bad]);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
int(5)
Cashfin\UnexpectedResponseException: The answer is larger than max_response_bytes (4096 bytes)
attempts: 1
Cashfin\UnexpectedResponseException: The answer is larger than max_response_bytes (16777216 bytes)
bool(true)
shown: 16777216
Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
