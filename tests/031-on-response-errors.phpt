--TEST--
on_response: a callback that throws stops the retries and its exception propagates; the callback cannot start another call
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();

$calls = 0;
$client = new Cashfin\Customers('cs_test', [
    'base_url' => $base,
    'max_retries' => 3,
    'on_response' => function (array $event) use (&$calls) {
        $calls++;
        throw new LogicException("observer failed on attempt {$event['attempt']}");
    },
]);
cf_fault($base, ['status' => 503, 'count' => 3, 'headers' => ['Retry-After' => '0']]);
try {
    $client->list();
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "callbacks: $calls, attempts: ", $client->lastResponse()['attempts'], ", requests: ", count(cf_requests($base)), "\n";

// A throwing callback on a success: the call's result is lost, the exception is the callback's.
cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
try {
    $client->list();
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$holder = new stdClass();
$reentrant = new Cashfin\Customers('cs_test', [
    'base_url' => $base,
    'on_response' => function () use ($holder) { $holder->client->list(); },
]);
$holder->client = $reentrant;
try {
    $reentrant->list();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
unset($holder->client);

try {
    new Cashfin\Customers('cs_test', ['base_url' => $base, 'on_response' => 'no_such_function']);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
LogicException: observer failed on attempt 1
callbacks: 1, attempts: 1, requests: 1
LogicException: observer failed on attempt 1
Error: Cashfin\Customers cannot start a call from its own callback
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, string given
