--TEST--
Bulk: the idempotency_key option as a prefix: each write carries the prefix followed by its entry's key, on every attempt; a re-run sync sends the same keys and creates nothing twice; updateMany sends the key on each update; every key is checked before anything is sent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2]);

/** "method path key" of every request since the last call, oldest first; clears the sandbox's log. */
function sent(string $base): array
{
    $lines = array_map(fn ($r) => sprintf('%s %s %s', $r['method'], preg_replace('/[0-9a-f]{24}/', '<id>', $r['path']),
        $r['headers']['idempotency-key'] ?? '(no key)'), cf_requests($base));
    cf_clear_requests($base);
    sort($lines);
    return $lines;
}

function outcome(array $results): string
{
    return implode(', ', array_map(fn ($k, $r) => var_export($k, true) . ' => ' . (is_array($r) ? 'created'
        : get_class($r) . ' (key ' . var_export($r->getIdempotencyKey(), true) . ')'), array_keys($results), $results));
}

echo "-- a CRM sync keyed by CRM ids (string and integer keys) --\n";
$crm = ['crm-17' => cf_person(1), 42 => cf_person(2), 'crm-99' => cf_person(3)];
cf_fault($base, ['path' => '/business/customer/create', 'status' => 503, 'headers' => ['Retry-After' => '0']]);
$first = $client->createMany($crm, ['idempotency_key' => 'crm-sync:', 'concurrency' => 1]);
echo outcome($first), "\n", implode("\n", sent($base)), "\n";
echo "lastResponse()'s key is the last entry's: ", var_export($client->lastResponse()['idempotency_key'], true), "\n";

echo "-- the same sync again: the same keys, the same customers, nothing created twice --\n";
$again = $client->createMany($crm, ['idempotency_key' => 'crm-sync:']);
echo outcome($again), "\n", implode("\n", sent($base)), "\n";
echo "same ids: ", var_export(array_column($again, '_id') === array_column($first, '_id'), true),
    "; customers stored: ", $client->list()['pagination']['total'], "\n";
cf_clear_requests($base);

echo "-- a failed entry's exception carries its key, to retry it later with the same one --\n";
$results = $client->createMany(['dup' => cf_person(1, ['name' => 'Someone else'])], ['idempotency_key' => 'other-run:']);
echo outcome($results), "\n";
sent($base);

echo "-- updateMany: each update carries prefix.id --\n";
$ids = array_column($first, '_id');
$client->updateMany([$ids[0] => ['city' => 'Mombasa'], $ids[1] => ['city' => 'Kisumu']], ['idempotency_key' => 'u-']);
$keys = array_map(fn ($r) => $r['headers']['idempotency-key'], cf_requests($base));
sort($keys);
$expected = ['u-' . $ids[0], 'u-' . $ids[1]];
sort($expected);
echo "keys are u-<id>: ", var_export($keys === $expected, true), "\n";
sent($base);

echo "-- checked before anything is sent --\n";
function refused(callable $call, string $base): void
{
    try {
        $call();
        echo "returned\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', preg_replace('/^.*?\(\$options\) /', '', $e->getMessage()), "\n";
    }
    echo "  requests sent: ", count(sent($base)), "\n";
}
refused(fn () => $client->createMany(['ok' => cf_person(5), 'with space' => cf_person(6)], ['idempotency_key' => 'p-']), $base);
refused(fn () => $client->createMany(['ключ' => cf_person(5)], ['idempotency_key' => 'p-']), $base);
refused(fn () => $client->createMany(["nul\0byte" => cf_person(5)], ['idempotency_key' => 'p-']), $base);
refused(fn () => $client->createMany([str_repeat('k', 250) => cf_person(5)], ['idempotency_key' => 'prefix-']), $base);
refused(fn () => $client->createMany([cf_person(5)], ['idempotency_key' => '']), $base);
refused(fn () => $client->createMany([cf_person(5)], ['idempotency_key' => str_repeat('p', 255)]), $base);
refused(fn () => $client->createMany([cf_person(5)], ['idempotency_key' => 'has space']), $base);
refused(fn () => $client->createMany([cf_person(5)], ['idempotency_key' => 42]), $base);
refused(fn () => $client->detailsMany([$ids[0]], ['idempotency_key' => 'd-']), $base);

echo "-- a string is always a prefix, even one that names a function --\n";
$client->createMany([7 => cf_person(7)], ['idempotency_key' => 'strtoupper']);
echo implode("\n", sent($base)), "\n";
echo "-- entries that fail locally get no key (and no request) --\n";
echo outcome($client->createMany(['bad' => ['name' => 'No email'], 'good' => cf_person(8)], ['idempotency_key' => 'l-'])), "\n";
echo implode("\n", sent($base)), "\n";
?>
--EXPECT--
-- a CRM sync keyed by CRM ids (string and integer keys) --
'crm-17' => created, 42 => created, 'crm-99' => created
POST /business/customer/create crm-sync:42
POST /business/customer/create crm-sync:crm-17
POST /business/customer/create crm-sync:crm-17
POST /business/customer/create crm-sync:crm-99
lastResponse()'s key is the last entry's: 'crm-sync:crm-99'
-- the same sync again: the same keys, the same customers, nothing created twice --
'crm-17' => created, 42 => created, 'crm-99' => created
POST /business/customer/create crm-sync:42
POST /business/customer/create crm-sync:crm-17
POST /business/customer/create crm-sync:crm-99
same ids: true; customers stored: 3
-- a failed entry's exception carries its key, to retry it later with the same one --
'dup' => Cashfin\DuplicateException (key 'other-run:dup')
-- updateMany: each update carries prefix.id --
keys are u-<id>: true
-- checked before anything is sent --
ValueError: option "idempotency_key" gives entry "with space" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
ValueError: option "idempotency_key" gives entry "\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
ValueError: option "idempotency_key" gives entry "nul\x00byte" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
ValueError: option "idempotency_key" gives entry "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
ValueError: option "idempotency_key" must be 1 to 254 characters long
  requests sent: 0
ValueError: option "idempotency_key" must be 1 to 254 characters long
  requests sent: 0
ValueError: option "idempotency_key" must be visible ASCII characters
  requests sent: 0
TypeError: option "idempotency_key" must be a string (a prefix) or a valid callback, int given
  requests sent: 0
ValueError: option "idempotency_key" is for createMany() and updateMany(); reads need no key
  requests sent: 0
-- a string is always a prefix, even one that names a function --
POST /business/customer/create strtoupper7
-- entries that fail locally get no key (and no request) --
'bad' => Cashfin\ValidationException (key NULL), 'good' => created
POST /business/customer/create l-good
