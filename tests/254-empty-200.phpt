--TEST--
Empty answers: a 200 (or 201, 204) without a body is an UnexpectedResponseException at once, never retried, for every method
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2, 'timeout' => 5.0]);
$customer = $client->create(cf_person(1));
$id = $customer['_id'];

$calls = [
    'create' => fn () => $client->create(cf_person(2)),
    'list' => fn () => $client->list(),
    'details' => fn () => $client->details($id),
    'update' => fn () => $client->update($id, ['city' => 'Nairobi']),
    'all' => fn () => iterator_to_array($client->all()),
];
foreach ([200, 201, 204] as $status) {
    foreach ($calls as $method => $call) {
        cf_clear_requests($base);
        cf_fault($base, ['status' => $status, 'body' => '', 'count' => 3]);
        [$e, $seconds] = cf_timed($call);
        cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
        echo "$status $method: ", $e ? get_class($e) : 'no exception', ', status ', var_export($e?->getHttpStatus(), true),
            ', body ', var_export($e?->getResponseBody(), true), ', requests ', count(cf_requests($base)),
            ', under 2 s: ', var_export(cf_within($seconds, 0, 2.0), true), "\n";
    }
}

// On the wire, every way of saying "nothing".
$empties = [
    'Content-Length: 0' => cf_hostile_answer(200, ''),
    'no length, then close' => [['read'], ['send', "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"], ['close']],
    'HTTP/1.0, then close' => [['read'], ['send', "HTTP/1.0 200 OK\r\n\r\n"], ['close']],
    'empty chunked' => [['read'], ['send', cf_http_head(200, ['Transfer-Encoding' => 'chunked']) . "0\r\n\r\n"], ['close']],
    'whitespace only' => cf_hostile_answer(200, " \r\n\t "),
    'JSON null' => cf_hostile_answer(200, 'null'),
    'empty object' => cf_hostile_answer(200, '{}'),
];
foreach ($empties as $label => $script) {
    $server = cf_hostile_start([$script]);
    $hostile = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 2, 'timeout' => 5.0]);
    [$e, $seconds] = cf_timed(fn () => $hostile->details($id));
    echo "$label: ", $e ? get_class($e) : 'no exception', ', status ', var_export($e?->getHttpStatus(), true),
        ', attempts ', $hostile->lastResponse()['attempts'], ', under 2 s: ', var_export(cf_within($seconds, 0, 2.0), true), "\n";
    cf_hostile_stop($server);
}
?>
--EXPECT--
200 create: Cashfin\UnexpectedResponseException, status 200, body '', requests 1, under 2 s: true
200 list: Cashfin\UnexpectedResponseException, status 200, body '', requests 1, under 2 s: true
200 details: Cashfin\UnexpectedResponseException, status 200, body '', requests 1, under 2 s: true
200 update: Cashfin\UnexpectedResponseException, status 200, body '', requests 1, under 2 s: true
200 all: Cashfin\UnexpectedResponseException, status 200, body '', requests 1, under 2 s: true
201 create: Cashfin\UnexpectedResponseException, status 201, body '', requests 1, under 2 s: true
201 list: Cashfin\UnexpectedResponseException, status 201, body '', requests 1, under 2 s: true
201 details: Cashfin\UnexpectedResponseException, status 201, body '', requests 1, under 2 s: true
201 update: Cashfin\UnexpectedResponseException, status 201, body '', requests 1, under 2 s: true
201 all: Cashfin\UnexpectedResponseException, status 201, body '', requests 1, under 2 s: true
204 create: Cashfin\UnexpectedResponseException, status 204, body '', requests 1, under 2 s: true
204 list: Cashfin\UnexpectedResponseException, status 204, body '', requests 1, under 2 s: true
204 details: Cashfin\UnexpectedResponseException, status 204, body '', requests 1, under 2 s: true
204 update: Cashfin\UnexpectedResponseException, status 204, body '', requests 1, under 2 s: true
204 all: Cashfin\UnexpectedResponseException, status 204, body '', requests 1, under 2 s: true
Content-Length: 0: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
no length, then close: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
HTTP/1.0, then close: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
empty chunked: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
whitespace only: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
JSON null: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
empty object: Cashfin\UnexpectedResponseException, status 200, attempts 1, under 2 s: true
