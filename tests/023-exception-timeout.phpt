--TEST--
TimeoutException: an answer slower than the timeout; it is a ConnectionException too
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'timeout' => 0.3, 'max_retries' => 0]);

cf_fault($base, ['path' => '/business/customer/list', 'delay_ms' => 1500]);
$started = microtime(true);
$e = cf_catch(fn () => $client->list());
$elapsed = microtime(true) - $started;
echo get_class($e), "\n";
echo "ConnectionException: ", var_export($e instanceof Cashfin\ConnectionException, true),
    ", Cashfin\\Exception: ", var_export($e instanceof Cashfin\Exception, true),
    ", RuntimeException: ", var_export($e instanceof RuntimeException, true), "\n";
echo "gave up after the timeout, not the answer: ", var_export($elapsed >= 0.25 && $elapsed < 1.2, true), "\n";
echo "status: ", var_export($e->getHttpStatus(), true), ", code: ", $e->getCode(), ", body: ",
    var_export($e->getResponseBody(), true), "\n";
echo "message: ", var_export($e->getMessage() !== '', true), "\n";
$last = $client->lastResponse();
echo "lastResponse: status ", var_export($last['status'], true), ", attempts ", $last['attempts'],
    ", duration_ms about the timeout: ", var_export($last['duration_ms'] >= 250 && $last['duration_ms'] < 1200, true), "\n";
echo "requests: ", count(cf_requests($base)), "\n";

// The same client works again once the server is fast.
echo "next call: ", $client->list()['pagination']['total'], "\n";
?>
--EXPECT--
Cashfin\TimeoutException
ConnectionException: true, Cashfin\Exception: true, RuntimeException: true
gave up after the timeout, not the answer: true
status: NULL, code: 0, body: NULL
message: true
lastResponse: status NULL, attempts 1, duration_ms about the timeout: true
requests: 1
next call: 0
