--TEST--
Bulk: the idempotency_key option as a callable (key, entry): called once per entry that will be sent, in input order, after the input is read and before any request or other callback; what it returns is each write's key, checked like the single call's; a callable that throws, returns a bad key or starts a call on the client stops the call with nothing sent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$events = [];
$client = new Cashfin\Customers('cs_test', ['base_url' => $base,
    'on_response' => function (array $e) use (&$events) { $events[] = "on_response {$e['idempotency_key']}"; }]);

function keys_sent(string $base): array
{
    $keys = array_map(fn ($r) => $r['headers']['idempotency-key'] ?? '(no key)', cf_requests($base));
    cf_clear_requests($base);
    sort($keys);
    return $keys;
}

echo "-- called per entry, before anything else, with the entry as it was read --\n";
$changing = cf_person(3);
$input = ['a' => cf_person(1), 7 => cf_person(2), 'bad' => ['name' => 'No email'], 'ref' => &$changing];
$results = $client->createMany($input, [
    'idempotency_key' => function (int|string $key, array $entry) use ($base, &$events, &$changing) {
        $events[] = sprintf('key(%s, %s) with %d requests sent', var_export($key, true), $entry['email'], count(cf_requests($base)));
        $changing = ['name' => 'changed by the callable'];   // the input was read already
        return 'sync-' . $key . '-' . substr(md5($entry['email']), 0, 8);
    },
    'on_progress' => function ($done, $total) use (&$events) { $events[] = "progress $done/$total"; },
    'concurrency' => 1,
]);
echo implode("\n", array_map(fn ($e) => preg_replace('/-[0-9a-f]{8}\b/', '-<md5>', $e), $events)), "\n";
echo "results: ", implode(', ', array_map(fn ($r) => is_array($r) ? $r['email'] : get_class($r), $results)), "\n";
echo "keys sent: ", implode(' ', array_map(fn ($k) => preg_replace('/-[0-9a-f]{8}$/', '-<md5>', $k), keys_sent($base))), "\n";
echo "a key is the callable's return: ", var_export($client->lastResponse()['idempotency_key'] === 'sync-ref-' . substr(md5('customer3@example.com'), 0, 8), true), "\n";

echo "-- updateMany: (id, changes); callables of any form --\n";
$ids = [$results['a']['_id'], $results[7]['_id']];
final class Keys
{
    public function forUpdate(string $id, array $changes): string { return "upd-{$changes['city']}-$id"; }
}
$client->updateMany([$ids[0] => ['city' => 'Mombasa'], $ids[1] => ['city' => 'Kisumu']],
    ['idempotency_key' => [new Keys(), 'forUpdate']]);
echo "keys sent: ", preg_replace('/[0-9a-f]{24}/', '<id>', implode(' ', keys_sent($base))), "\n";
function upper_key(string $key): string   // a user function may ignore the entry
{
    return strtoupper($key);
}
$client->createMany(['abc' => cf_person(4)], ['idempotency_key' => upper_key(...)]);
echo "keys sent: ", implode(' ', keys_sent($base)), "\n";

echo "-- nothing is sent when a key cannot be made --\n";
function stopped(callable $call, string $base): void
{
    try {
        $call();
        echo "returned\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', preg_replace('/^.*?\(\$options\) /', '', $e->getMessage()), "\n";
    }
    echo "  requests sent: ", count(keys_sent($base)), "\n";
}
$people = ['x' => cf_person(5), 'y' => cf_person(6)];
stopped(fn () => $client->createMany($people, ['idempotency_key' => fn ($k) => $k === 'y' ? throw new DomainException("no key for $k") : "k-$k"]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => fn ($k) => $k === 'y' ? 'has space' : "k-$k"]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => fn ($k) => $k === 'y' ? '' : "k-$k"]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => fn ($k) => str_repeat('k', 256)]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => fn ($k) => 42]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => fn ($k) => null]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => function ($k) use (&$client) { $client->list(); return "k-$k"; }]), $base);
stopped(fn () => $client->createMany($people, ['idempotency_key' => [new Keys(), 'missing']]), $base);
echo "the client is usable afterwards: ", count($client->list()['data']), " customers\n";
?>
--EXPECT--
-- called per entry, before anything else, with the entry as it was read --
key('a', customer1@example.com) with 0 requests sent
key(7, customer2@example.com) with 0 requests sent
key('ref', customer3@example.com) with 0 requests sent
progress 1/4
on_response sync-a-<md5>
progress 2/4
on_response sync-7-<md5>
progress 3/4
on_response sync-ref-<md5>
progress 4/4
results: customer1@example.com, customer2@example.com, Cashfin\ValidationException, customer3@example.com
keys sent: sync-7-<md5> sync-a-<md5> sync-ref-<md5>
a key is the callable's return: true
-- updateMany: (id, changes); callables of any form --
keys sent: upd-Kisumu-<id> upd-Mombasa-<id>
keys sent: ABC
-- nothing is sent when a key cannot be made --
DomainException: no key for y
  requests sent: 0
ValueError: option "idempotency_key" gives entry "y" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
ValueError: option "idempotency_key" gives entry "y" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
ValueError: option "idempotency_key" gives entry "x" an invalid key: keys are 1 to 255 visible ASCII characters
  requests sent: 0
TypeError: option "idempotency_key" must return a string, int returned for entry "x"
  requests sent: 0
TypeError: option "idempotency_key" must return a string, null returned for entry "x"
  requests sent: 0
Error: Cashfin\Customers cannot start a call from its own callback
  requests sent: 0
TypeError: option "idempotency_key" must be a string (a prefix) or a valid callback, array given
  requests sent: 0
the client is usable afterwards: 4 customers
