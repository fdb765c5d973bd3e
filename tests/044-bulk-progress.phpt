--TEST--
Bulk: on_progress gets (done, total) 1..N for every entry, local failures included; an exception from it (or from on_response) stops the batch and propagates; callbacks cannot start calls on the same object
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// A limit far above what this test sends: its nominal X-RateLimit-Remaining (25 a second) would reach 0
// and pause the batches, as it should, which only makes the test slower.
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_RPS' => 100000]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

// Five valid entries and three that fail locally, interleaved.
$calls = [];
$record = function ($done, $total) use (&$calls) {
    $calls[] = [$done, $total, gettype($done), gettype($total)];
};
$people = ['a' => cf_person(1), 'b' => ['name' => 'x'], 'c' => cf_person(2), 'd' => cf_person(3), 'e' => ['email' => 'y'],
    'f' => cf_person(4), 'g' => [], 'h' => cf_person(5)];
$result = $client->createMany($people, ['concurrency' => 4, 'on_progress' => $record]);
echo "calls: ", implode(' ', array_map(fn ($c) => "$c[0]/$c[1]", $calls)), "\n";
echo "types: ", implode(',', array_unique(array_merge(array_column($calls, 2), array_column($calls, 3)))), "\n";
echo "requests: ", count(cf_requests($base)), ", created: ", count(array_filter($result, 'is_array')), "\n";

// Only local failures: every one is reported, and nothing is sent.
cf_clear_requests($base);
$calls = [];
$client->detailsMany(['nope', 'x', 42 => 'ABC'], ['on_progress' => $record]);
$client->updateMany(['507f1f77bcf86cd799439011' => ['email' => 'bad'], 9 => ['city' => 'x']], ['on_progress' => $record]);
echo "local only: ", implode(' ', array_map(fn ($c) => "$c[0]/$c[1]", $calls)), ", requests: ", count(cf_requests($base)), "\n";

// An exception from the callback stops the batch: nothing new starts, the exception comes out as it was thrown.
cf_clear_requests($base);
$many = [];
for ($n = 100; $n < 120; $n++) {
    $many[] = cf_person($n);
}
$calls = [];
$thrown = new LogicException('stop the sync', 7);
$throwing = function ($done, $total) use (&$calls, $thrown) {
    $calls[] = "$done/$total";
    if ($done === 3) {
        throw $thrown;
    }
};
$caught = cf_catch(fn () => $client->createMany($many, ['concurrency' => 2, 'on_progress' => $throwing]));
$sent = count(cf_requests($base));
echo "thrown: ", get_class($caught), " '", $caught->getMessage(), "' the same object: ", var_export($caught === $thrown, true), "\n";
echo "progress calls: ", implode(' ', $calls), "\n";
echo "requests: at most the 3 settled and 1 in flight: ", var_export($sent >= 3 && $sent <= 4, true), " (of 20 entries)\n";
echo "customers stored: at most 4: ", var_export($client->list()['pagination']['total'] - 5 <= 4, true), "\n";
echo "the object still works: ", $client->create(cf_person(200))['email'], "\n";

// Thrown while the local failures are reported: before any request.
cf_clear_requests($base);
$caught = cf_catch(fn () => $client->createMany(['bad' => ['name' => 'x'], 'ok' => cf_person(300)],
    ['on_progress' => function () { throw new RuntimeException('at once'); }]));
echo "thrown at a local failure: ", get_class($caught), " '", $caught->getMessage(), "', requests: ", count(cf_requests($base)), "\n";

// An exception from on_response stops a batch the same way.
cf_clear_requests($base);
$ids = array_fill(0, 10, '507f1f77bcf86cd799439011');
$angry = new Cashfin\Customers('cs_test', ['base_url' => $base,
    'on_response' => function () { throw new DomainException('from on_response'); }]);
$caught = cf_catch(fn () => $angry->detailsMany($ids, ['concurrency' => 1]));
echo "on_response threw: ", get_class($caught), " '", $caught->getMessage(), "', requests: ", count(cf_requests($base)), "\n";

// Callbacks may not start another call on the object whose batch is running; other objects are fine.
$sibling = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$inside = [];
$try = function (string $label, callable $call) use (&$inside) {
    try {
        $call();
        $inside[] = "$label: ok";
    } catch (Throwable $e) {
        $inside[] = "$label: " . get_class($e) . ': ' . $e->getMessage();
    }
};
$existing = $client->create(cf_person(400));
$client->detailsMany([$existing['_id'], $existing['_id']], ['concurrency' => 1, 'on_progress' => function ($done) use ($client, $sibling, $existing, $try) {
    if ($done === 1) {
        $try('details', fn () => $client->details($existing['_id']));
        $try('createMany', fn () => $client->createMany([cf_person(401)]));
        $try('detailsMany', fn () => $client->detailsMany([]));
        $try('list', fn () => $client->list());
        $try('all', fn () => $client->all()->current());
        $try('another object', fn () => $sibling->details($existing['_id']));
    }
}]);
echo implode("\n", $inside), "\n";
$inside = [];
$observed = new Cashfin\Customers('cs_test', ['base_url' => $base, 'on_response' => function () use (&$observed, $try, $existing) {
    $try('on_response: details', fn () => $observed->details($existing['_id']));
}]);
$result = $observed->detailsMany([$existing['_id']]);
echo implode("\n", $inside), "\n";
echo "the batch still answered: ", var_export($result[0]['_id'] === $existing['_id'], true), "\n";
$observed = null; // the object and its callback hold each other
// An Error from a callback that is let through stops the batch like any other exception.
$caught = cf_catch(fn () => $client->detailsMany([$existing['_id'], $existing['_id']], ['concurrency' => 1,
    'on_progress' => fn () => $client->details($existing['_id'])]));
echo "let through: ", get_class($caught), "\n";

// Stopping a batch many times leaks nothing and leaves no warnings.
$stop = function ($done) {
    if ($done === 1) {
        throw new RuntimeException('stop');
    }
};
for ($round = 0; $round < 35; $round++) {
    if ($round === 5) {
        $before = memory_get_usage();
    }
    try {
        $client->detailsMany([$existing['_id'], 'bad', $existing['_id'], $existing['_id']], ['concurrency' => 2]);
        $client->createMany([cf_person(500 + $round), cf_person(600 + $round), ['x' => 1]], ['concurrency' => 2, 'on_progress' => $stop]);
    } catch (RuntimeException $e) {
    }
}
$growth = memory_get_usage() - $before;
echo "memory growth over 30 stopped batches under 8 KiB: ", var_export($growth < 8192, true), "\n";
?>
--EXPECT--
calls: 1/8 2/8 3/8 4/8 5/8 6/8 7/8 8/8
types: integer
requests: 5, created: 5
local only: 1/3 2/3 3/3 1/2 2/2, requests: 0
thrown: LogicException 'stop the sync' the same object: true
progress calls: 1/20 2/20 3/20
requests: at most the 3 settled and 1 in flight: true (of 20 entries)
customers stored: at most 4: true
the object still works: customer200@example.com
thrown at a local failure: RuntimeException 'at once', requests: 0
on_response threw: DomainException 'from on_response', requests: 1
details: Error: Cashfin\Customers cannot start a call from its own callback
createMany: Error: Cashfin\Customers cannot start a call from its own callback
detailsMany: Error: Cashfin\Customers cannot start a call from its own callback
list: Error: Cashfin\Customers cannot start a call from its own callback
all: Error: Cashfin\Customers cannot start a call from its own callback
another object: ok
on_response: details: Error: Cashfin\Customers cannot start a call from its own callback
the batch still answered: true
let through: Error
memory growth over 30 stopped batches under 8 KiB: true
