--TEST--
lastResponse(): null before any request, then status, headers, request_id, rate_limit, attempts, duration_ms, connection_reused, idempotency_key (the key sent, or null)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

echo "before any request: ", var_export($client->lastResponse(), true), "\n";

function describe(array $last, array $request): void
{
    echo "keys: ", implode(',', array_keys($last)), "\n";
    echo "status: ", var_export($last['status'], true), "\n";
    $names = array_keys($last['headers']);
    echo "header names lower-case: ", var_export($names === array_map('strtolower', $names), true), "\n";
    echo "headers are strings: ", var_export(array_filter($last['headers'], fn ($v) => !is_string($v)) === [], true), "\n";
    echo "content-type: ", $last['headers']['content-type'], "\n";
    echo "request_id is the X-Request-Id: ", var_export($last['request_id'] === $last['headers']['x-request-id'], true), "\n";
    echo "request_id is the server's: ", var_export($last['request_id'] === $request['request_id'], true), "\n";
    echo "rate_limit keys: ", implode(',', array_keys($last['rate_limit'])), "\n";
    foreach (['limit', 'remaining', 'reset'] as $name) {
        echo "rate_limit $name is the header as int: ", var_export(
            $last['rate_limit'][$name] === (int) $last['headers']["x-ratelimit-$name"]
            && is_int($last['rate_limit'][$name]), true), "\n";
    }
    echo "remaining <= limit: ", var_export($last['rate_limit']['remaining'] <= $last['rate_limit']['limit'], true), "\n";
    echo "reset is a unix time near now: ", var_export(abs($last['rate_limit']['reset'] - time()) < 60, true), "\n";
    echo "attempts: ", var_export($last['attempts'], true), "\n";
    echo "duration_ms: ", gettype($last['duration_ms']), ' > 0 ', var_export($last['duration_ms'] > 0, true),
        ', < 5000 ', var_export($last['duration_ms'] < 5000, true), "\n";
    echo "connection_reused: ", gettype($last['connection_reused']), "\n";
    echo "idempotency_key: ", $last['idempotency_key'] === null ? 'null' : 'a string', ", the one sent: ",
        var_export($last['idempotency_key'] === ($request['headers']['idempotency-key'] ?? null), true), "\n";
}

$created = $client->create(cf_person(1));
$requests = cf_requests($base);
describe($client->lastResponse(), end($requests));

echo "--\n";
$client->list(['limit' => 5]);
$requests = cf_requests($base);
$last = $client->lastResponse();
describe($last, end($requests));
echo "a new answer, a new id: ", var_export($last['request_id'] !== $requests[0]['request_id'], true), "\n";

// Each call returns a fresh copy: changing it changes nothing inside the client.
$copy = $client->lastResponse();
$copy['status'] = 999;
echo "copy: ", $client->lastResponse()['status'], "\n";

// A second client has its own.
$second = new Cashfin\Customers('cs_test', ['base_url' => $base]);
echo "other client: ", var_export($second->lastResponse(), true), "\n";
?>
--EXPECT--
before any request: NULL
keys: status,headers,request_id,rate_limit,attempts,duration_ms,connection_reused,idempotency_key
status: 201
header names lower-case: true
headers are strings: true
content-type: application/json; charset=utf-8
request_id is the X-Request-Id: true
request_id is the server's: true
rate_limit keys: limit,remaining,reset
rate_limit limit is the header as int: true
rate_limit remaining is the header as int: true
rate_limit reset is the header as int: true
remaining <= limit: true
reset is a unix time near now: true
attempts: 1
duration_ms: double > 0 true, < 5000 true
connection_reused: boolean
idempotency_key: a string, the one sent: true
--
keys: status,headers,request_id,rate_limit,attempts,duration_ms,connection_reused,idempotency_key
status: 200
header names lower-case: true
headers are strings: true
content-type: application/json; charset=utf-8
request_id is the X-Request-Id: true
request_id is the server's: true
rate_limit keys: limit,remaining,reset
rate_limit limit is the header as int: true
rate_limit remaining is the header as int: true
rate_limit reset is the header as int: true
remaining <= limit: true
reset is a unix time near now: true
attempts: 1
duration_ms: double > 0 true, < 5000 true
connection_reused: boolean
idempotency_key: null, the one sent: true
a new answer, a new id: true
copy: 200
other client: NULL
