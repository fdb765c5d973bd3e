--TEST--
max_retry_delay: a Retry-After within it is waited for and retried; beyond it the RateLimitException comes at once
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1); // numeric strings are TypeErrors for a strict caller (tests/143 for the others)
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retry_delay' => 1.5]);

cf_fault($base, ['status' => 429, 'count' => 1, 'headers' => ['Retry-After' => '1'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":1}']);
$started = microtime(true);
$client->list();
$waited = microtime(true) - $started;
echo "within: attempts ", $client->lastResponse()['attempts'], ", waited about a second: ",
    var_export($waited >= 0.9 && $waited < 3.0, true), "\n";

cf_fault($base, ['status' => 429, 'count' => 1, 'headers' => ['Retry-After' => '30'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":30}']);
$started = microtime(true);
try {
    $client->list();
} catch (Cashfin\RateLimitException $e) {
    echo "beyond: ", get_class($e), ", retry after ", $e->getRetryAfter(), ", attempts ",
        $client->lastResponse()['attempts'], ", at once: ", var_export(microtime(true) - $started < 1.0, true), "\n";
}

// A 503 with a long Retry-After is not waited for either.
cf_fault($base, ['status' => 503, 'count' => 1, 'headers' => ['Retry-After' => '20']]);
try {
    $client->list();
} catch (Cashfin\ServerException $e) {
    echo "503 beyond: attempts ", $client->lastResponse()['attempts'], "\n";
}

// 0 means: never wait for a Retry-After.
$impatient = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retry_delay' => 0]);
cf_fault($base, ['status' => 429, 'count' => 1, 'headers' => ['Retry-After' => '1']]);
try {
    $impatient->list();
} catch (Cashfin\RateLimitException $e) {
    echo "zero: attempts ", $impatient->lastResponse()['attempts'], "\n";
}

foreach ([-1, 301, NAN, '2'] as $bad) {
    try {
        new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retry_delay' => $bad]);
    } catch (ValueError | TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
within: attempts 2, waited about a second: true
beyond: Cashfin\RateLimitException, retry after 30, attempts 1, at once: true
503 beyond: attempts 1
zero: attempts 1
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be of type float, string given
