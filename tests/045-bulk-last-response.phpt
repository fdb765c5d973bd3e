--TEST--
Bulk: lastResponse() after a batch describes the last request that settled (status, request id, attempts); a batch with no request leaves it unchanged
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$final = null;
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'on_response' => function (array $event) use (&$final) {
    if (!$event['will_retry']) {
        $final = $event['path'];
    }
}]);
$ids = [];
for ($n = 1; $n <= 6; $n++) {
    $ids[] = $client->create(cf_person($n))['_id'];
}
const MISSING = '507f1f77bcf86cd799439011';

function describe(Cashfin\Customers $client, string $base): string
{
    $last = $client->lastResponse();
    $log = cf_requests($base);
    return sprintf('status %s, attempts %d, request id of the last logged request: %s, rate_limit %s, duration_ms %s',
        var_export($last['status'], true), $last['attempts'],
        var_export($last['request_id'] === end($log)['request_id'], true),
        implode('/', array_map('gettype', $last['rate_limit'])), is_float($last['duration_ms']) && $last['duration_ms'] > 0 ? 'positive' : 'bad');
}

// One at a time: the last entry is the last to settle.
cf_clear_requests($base);
$client->detailsMany([$ids[0], $ids[1], MISSING], ['concurrency' => 1]);
echo "ending with a 404: ", describe($client, $base), "\n";
echo "  same keys as after a single call: ", var_export(array_keys($client->lastResponse()) === ['status', 'headers', 'request_id',
    'rate_limit', 'attempts', 'duration_ms', 'connection_reused', 'idempotency_key'], true), "\n";

cf_clear_requests($base);
cf_fault($base, ['path' => "/business/customer/update/{$ids[2]}", 'status' => 503, 'headers' => ['Retry-After' => '0']]);
$client->updateMany([$ids[1] => ['city' => 'A'], $ids[2] => ['city' => 'B']], ['concurrency' => 1]);
echo "ending with a retried update: ", describe($client, $base), "\n";

cf_clear_requests($base);
$created = $client->createMany([cf_person(7), ['name' => 'local failure']], ['concurrency' => 1]);
echo "ending with a local failure after a create: ", describe($client, $base), "\n";

// Several at once: the last answer the batch took in (its final on_response event) is the one described.
cf_clear_requests($base);
$client->detailsMany(array_merge($ids, [MISSING]), ['concurrency' => 4]);
$logged = array_values(array_filter(cf_requests($base), fn ($r) => $r['path'] === $final));
$last = $client->lastResponse();
echo "four at once: the last settled request: ", var_export(count($logged) === 1 && $last['request_id'] === $logged[0]['request_id'], true),
    ", status matches its path: ", var_export($last['status'] === ($final === '/business/customer/details/' . MISSING ? 404 : 200), true), "\n";

// Nothing sent: lastResponse() stays as it was.
$before = $client->lastResponse();
$client->detailsMany(['bad', 'ids', 'only']);
$client->createMany([['name' => 'x']]);
$client->updateMany([]);
echo "after batches that sent nothing: unchanged ", var_export($client->lastResponse() === $before, true), "\n";

// A fresh object whose first batch sends nothing has no lastResponse().
$fresh = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$fresh->detailsMany(['bad']);
echo "fresh object, nothing sent: ", var_export($fresh->lastResponse(), true), "\n";
$fresh->detailsMany([$ids[0]]);
echo "fresh object, one sent: status ", $fresh->lastResponse()['status'], "\n";
?>
--EXPECT--
ending with a 404: status 404, attempts 1, request id of the last logged request: true, rate_limit integer/integer/integer, duration_ms positive
  same keys as after a single call: true
ending with a retried update: status 200, attempts 2, request id of the last logged request: true, rate_limit integer/integer/integer, duration_ms positive
ending with a local failure after a create: status 201, attempts 1, request id of the last logged request: true, rate_limit integer/integer/integer, duration_ms positive
four at once: the last settled request: true, status matches its path: true
after batches that sent nothing: unchanged true
fresh object, nothing sent: NULL
fresh object, one sent: status 200
