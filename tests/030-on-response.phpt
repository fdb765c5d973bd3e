--TEST--
on_response: called after every attempt with method, path, status, attempt, duration, error class, the wait before a retry, the request id and the Idempotency-Key sent, never the secret or a body
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$events = [];
$client = new Cashfin\Customers('cs_SECRET_on_response_42', [
    'base_url' => $base,
    'on_response' => function (array $event) use (&$events) { $events[] = $event; },
]);
$created = $client->create(cf_person(1));

cf_fault($base, ['path' => '/business/customer/list', 'status' => 503, 'count' => 2, 'headers' => ['Retry-After' => '0'],
    'body' => '{"success":false,"error":"maintenance"}']);
$client->list(['limit' => 5]);
try {
    $client->details('507f1f77bcf86cd799439011');
} catch (Cashfin\NotFoundException $e) {
}
try {
    $client->details('nope'); // rejected locally: no attempt, no event
} catch (Cashfin\InvalidIdException $e) {
}

$requests = cf_requests($base);
foreach ($events as $i => $event) {
    printf("%s %s status=%s attempt=%d error=%s retry=%s in=%s reused=%s duration=%s\n", $event['method'],
        preg_replace('/[0-9a-f]{24}/', '<id>', $event['path']), var_export($event['status'], true), $event['attempt'],
        var_export($event['error'], true), var_export($event['will_retry'], true), var_export($event['retry_in_ms'], true),
        gettype($event['connection_reused']), is_float($event['duration_ms']) && $event['duration_ms'] > 0 ? 'positive' : 'bad');
    // Each event is one request the sandbox logged, in order: its id, and the key it carried.
    printf("    request_id is the server's: %s, idempotency_key is the one sent: %s (%s)\n",
        var_export($event['request_id'] === $requests[$i]['request_id'], true),
        var_export($event['idempotency_key'] === ($requests[$i]['headers']['idempotency-key'] ?? null), true),
        $event['idempotency_key'] === null ? 'none' : 'a key');
}
var_dump(array_keys($events[0]));
$dump = print_r($events, true);
var_dump(str_contains($dump, 'cs_SECRET'), str_contains($dump, 'maintenance'), str_contains($dump, 'Customer 1'));
?>
--EXPECT--
POST /business/customer/create status=201 attempt=1 error=NULL retry=false in=NULL reused=boolean duration=positive
    request_id is the server's: true, idempotency_key is the one sent: true (a key)
GET /business/customer/list?limit=5 status=503 attempt=1 error='Cashfin\\ServerException' retry=true in=0 reused=boolean duration=positive
    request_id is the server's: true, idempotency_key is the one sent: true (none)
GET /business/customer/list?limit=5 status=503 attempt=2 error='Cashfin\\ServerException' retry=true in=0 reused=boolean duration=positive
    request_id is the server's: true, idempotency_key is the one sent: true (none)
GET /business/customer/list?limit=5 status=200 attempt=3 error=NULL retry=false in=NULL reused=boolean duration=positive
    request_id is the server's: true, idempotency_key is the one sent: true (none)
GET /business/customer/details/<id> status=404 attempt=1 error='Cashfin\\NotFoundException' retry=false in=NULL reused=boolean duration=positive
    request_id is the server's: true, idempotency_key is the one sent: true (none)
array(14) {
  [0]=>
  string(6) "method"
  [1]=>
  string(4) "path"
  [2]=>
  string(6) "status"
  [3]=>
  string(7) "attempt"
  [4]=>
  string(11) "duration_ms"
  [5]=>
  string(17) "connection_reused"
  [6]=>
  string(5) "error"
  [7]=>
  string(10) "will_retry"
  [8]=>
  string(11) "retry_in_ms"
  [9]=>
  string(10) "request_id"
  [10]=>
  string(15) "idempotency_key"
  [11]=>
  string(16) "rate_limit_store"
  [12]=>
  string(9) "queued_ms"
  [13]=>
  string(19) "rate_limit_fallback"
}
bool(false)
bool(false)
bool(false)
