--TEST--
Retries: a retried create sends the same Idempotency-Key on every attempt and creates one customer
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2]);

function keys(string $base): array
{
    return array_map(fn ($r) => $r['headers']['idempotency-key'] ?? null, cf_requests($base));
}

// The first attempt is refused with a 503 before anything is written.
cf_fault($base, ['path' => '/business/customer/create', 'status' => 503, 'headers' => ['Retry-After' => '0']]);
$first = $client->create(cf_person(1));
$keys = keys($base);
echo "503 then success: attempts ", $client->lastResponse()['attempts'], ", requests ", count($keys),
    ", one key on both ", var_export(count(array_unique($keys)) === 1 && $keys[0] !== null && $keys[0] !== '', true), "\n";

// The first attempt creates the customer, but its answer is lost: the retry must not create a second one.
cf_clear_requests($base);
cf_fault($base, ['path' => '/business/customer/create', 'drop' => true]);
$second = $client->create(cf_person(2));
$keys2 = keys($base);
echo "answer lost: attempts ", $client->lastResponse()['attempts'], ", requests ", count($keys2),
    ", one key on both ", var_export(count(array_unique($keys2)) === 1 && $keys2[0] !== null, true),
    ", new key ", var_export($keys2[0] !== $keys[0], true), "\n";
echo "replayed: ", $client->lastResponse()['headers']['idempotent-replayed'] ?? 'no', "\n";

// A caller's key is the one reused.
cf_clear_requests($base);
cf_fault($base, ['path' => '/business/customer/create', 'status' => 504, 'count' => 2, 'headers' => ['Retry-After' => '0']]);
$third = $client->create(cf_person(3), ['idempotency_key' => 'my-key-3']);
echo "504 twice: requests ", count(cf_requests($base)), ", keys ", implode(',', array_unique(keys($base))), "\n";

$page = $client->list();
echo "total: ", $page['pagination']['total'], "\n";
echo "returned the stored customers: ", var_export(
    array_column($page['data'], '_id') === [$third['_id'], $second['_id'], $first['_id']], true), "\n";
?>
--EXPECT--
503 then success: attempts 2, requests 2, one key on both true
answer lost: attempts 2, requests 2, one key on both true, new key true
replayed: true
504 twice: requests 3, keys my-key-3
total: 3
returned the stored customers: true
