--TEST--
Re-entry: an iterator of the same client advanced from on_response or on_progress is an \Error (never a crash), the retries go on, and every later callback of the same call is refused too
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$seed = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$id = $seed->create(cf_person(1))['_id'];
$seed->create(cf_person(2));

$seen = [];
$holder = new stdClass();
/** Runs $try from a callback and notes what happened. */
function attempt_from_callback(array &$seen, string $label, callable $try): void
{
    try {
        $try();
        $seen[] = "$label: a call started";
    } catch (Error $e) {
        $seen[] = "$label: " . get_class($e) . ': ' . $e->getMessage();
    }
}

$client = new Cashfin\Customers('cs_test', [
    'base_url' => $base,
    'max_retries' => 3,
    'on_response' => function (array $event) use ($holder, &$seen, $id) {
        $n = $event['attempt'];
        $seen[] = "attempt $n: status {$event['status']}, will_retry " . var_export($event['will_retry'], true);
        if ($n === 1) {
            attempt_from_callback($seen, '  rewind', fn () => $holder->iterator->rewind());
        } elseif ($n === 2) {
            // The nested try above must not have released the guard of the call under way.
            attempt_from_callback($seen, '  list', fn () => $holder->client->list());
            attempt_from_callback($seen, '  valid', fn () => $holder->iterator->valid());
        } elseif ($n === 3) {
            attempt_from_callback($seen, '  details', fn () => $holder->client->details($id));
            attempt_from_callback($seen, '  next', fn () => $holder->iterator->next());
            attempt_from_callback($seen, '  all', fn () => $holder->client->all()->current());
        }
    },
]);
$holder->client = $client;
$holder->iterator = $client->all(['limit' => 1]);

cf_fault($base, ['path' => '/business/customer/list', 'status' => 503, 'count' => 3, 'headers' => ['Retry-After' => '0']]);
$page = $client->list();
echo implode("\n", $seen), "\n";
echo "the outer call: ", count($page['data']), " customers after ", $client->lastResponse()['attempts'], " attempts\n";
echo "requests: ", count(cf_requests($base)), " (the 4 attempts and the 2 creates)\n";

// Outside the callback the iterator works: the guard was left as it was found.
$seen = [];
$names = [];
foreach ($holder->iterator as $customer) {
    $names[] = $customer['name'];
}
sort($names);
echo "iterated afterwards: ", implode(', ', $names), "\n";

// A bulk call holds the same guard: its on_progress cannot drive an iterator of the client either.
$seen = [];
$bulk = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$iterator = $bulk->all();
$result = $bulk->detailsMany([$id, $id], ['on_progress' => function (int $done) use ($iterator, &$seen) {
    attempt_from_callback($seen, "progress $done: rewind", fn () => $iterator->rewind());
}]);
echo implode("\n", $seen), "\n";
echo "bulk answered: ", count(array_filter($result, 'is_array')), "\n";
unset($holder->client, $holder->iterator);
?>
--EXPECT--
attempt 1: status 503, will_retry true
  rewind: Error: Cashfin\Customers cannot start a call from its own callback
attempt 2: status 503, will_retry true
  list: Error: Cashfin\Customers cannot start a call from its own callback
  valid: Error: Cashfin\Customers cannot start a call from its own callback
attempt 3: status 503, will_retry true
  details: Error: Cashfin\Customers cannot start a call from its own callback
  next: Error: Cashfin\Customers cannot start a call from its own callback
  all: Error: Cashfin\Customers cannot start a call from its own callback
attempt 4: status 200, will_retry false
the outer call: 2 customers after 4 attempts
requests: 6 (the 4 attempts and the 2 creates)
iterated afterwards: Customer 1, Customer 2
progress 1: rewind: Error: Cashfin\Customers cannot start a call from its own callback
progress 2: rewind: Error: Cashfin\Customers cannot start a call from its own callback
bulk answered: 2
