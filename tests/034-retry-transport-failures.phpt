--TEST--
Retries: refused connections and read timeouts are retried up to max_retries with backoff; each attempt reuses the create's key
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();

// Nothing listens on this port: every attempt is refused, all of them are made.
$probe = stream_socket_server('tcp://127.0.0.1:0');
$closed = 'http://' . stream_socket_get_name($probe, false);
fclose($probe);
$events = [];
$client = new Cashfin\Customers('cs_test', ['base_url' => $closed, 'max_retries' => 2,
    'on_response' => function (array $e) use (&$events) { $events[] = $e['error'] . ($e['will_retry'] ? ' (retry)' : ''); }]);
try {
    $client->list();
} catch (Cashfin\ConnectionException $e) {
    echo get_class($e), ", attempts ", $client->lastResponse()['attempts'], "\n";
}
echo implode("\n", $events), "\n";

// A read that times out is sent again; the create keeps its Idempotency-Key, so one customer results.
// The sandbox serves one request at a time: the delay outlasts the timeout but ends before the retry
// (sent after 0 to 0.5 s of backoff) would itself time out behind it.
$slow = new Cashfin\Customers('cs_test', ['base_url' => $base, 'timeout' => 0.5, 'max_retries' => 1]);
cf_fault($base, ['path' => '/business/customer/create', 'delay_ms' => 700, 'count' => 1]);
$created = $slow->create(cf_person(1));
$keys = array_map(fn ($r) => $r['headers']['idempotency-key'], array_filter(cf_requests($base),
    fn ($r) => $r['path'] === '/business/customer/create'));
echo "after a timeout: attempts ", $slow->lastResponse()['attempts'], ", requests ", count($keys),
    ", one key ", var_export(count(array_unique($keys)) === 1, true), "\n";
// The delayed first attempt went on in the sandbox and stored the customer; the second was its replay.
var_dump($slow->list()['pagination']['total'], $slow->details($created['_id'])['email']);

// Both attempts time out: TimeoutException after max_retries + 1 attempts.
cf_fault($base, ['path' => '/business/customer/list', 'delay_ms' => 1200, 'count' => 2]);
try {
    $slow->list();
} catch (Cashfin\TimeoutException $e) {
    echo get_class($e), ", attempts ", $slow->lastResponse()['attempts'], "\n";
}
?>
--EXPECT--
Cashfin\ConnectionException, attempts 3
Cashfin\ConnectionException (retry)
Cashfin\ConnectionException (retry)
Cashfin\ConnectionException
after a timeout: attempts 2, requests 2, one key true
int(1)
string(21) "customer1@example.com"
Cashfin\TimeoutException, attempts 2
