--TEST--
Bulk: requests_per_second (per call, or the constructor's for every call) never starts more than floor(rate) requests in any window of 1 s + 50 ms (1/rate s + 50 ms below 1)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$seed = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$id = $seed->create(cf_person(1))['_id'];

// The process store's contract (a shared store spaces starts evenly instead: tests/401).
function observed(string $base, array &$starts, array $options = []): Cashfin\Customers
{
    return new Cashfin\Customers('cs_test', $options + ['base_url' => $base, 'rate_limit_store' => 'process', 'on_response' => function (array $e) use (&$starts) {
        $starts[] = microtime(true) - $e['duration_ms'] / 1000;
    }]);
}

/**
 * Whether no $burst + 1 starts fall within $window seconds (2 ms allowed for rounding): with the starts sorted,
 * start i + burst comes at least $window after start i. Under valgrind (SKIP_PERF_SENSITIVE) a start is read
 * late by a varying amount, so only the contract itself is held: the 50 ms slack may be eaten, 1 s may not.
 */
function within(array $starts, int $burst, float $window): string
{
    $allowance = getenv('SKIP_PERF_SENSITIVE') ? 0.05 : 0.002;
    sort($starts);
    $closest = INF;
    for ($i = 0; $i + $burst < count($starts); $i++) {
        $closest = min($closest, $starts[$i + $burst] - $starts[$i]);
    }
    return $closest >= $window - $allowance ? 'true' : sprintf('false (%d starts within %.3f s)', $burst + 1, $closest);
}

$starts = [];
$client = observed($base, $starts);
$start = microtime(true);
$result = $client->detailsMany(array_fill(0, 12, $id), ['concurrency' => 8, 'requests_per_second' => 5]);
$elapsed = microtime(true) - $start;
echo "5/s, 12 entries, 8 at once: answered ", count(array_filter($result, 'is_array')), ", at most 5 per 1.05 s: ",
    within($starts, 5, 1.05), ", took 2.1 s or more: ", var_export($elapsed >= 2.1, true), "\n";

$starts = [];
$client = observed($base, $starts);
$result = $client->detailsMany(array_fill(0, 5, $id), ['concurrency' => 4, 'requests_per_second' => 2.5]);
echo "2.5/s, 5 entries: answered ", count(array_filter($result, 'is_array')), ", at most 2 per 1.05 s: ", within($starts, 2, 1.05), "\n";

$starts = [];
$client = observed($base, $starts);
$client->detailsMany([$id, $id], ['concurrency' => 2, 'requests_per_second' => 0.5]);
echo "0.5/s, 2 entries: at most 1 per 2.05 s: ", within($starts, 1, 2.05), "\n";

// The constructor's rate paces single calls and batches together.
$starts = [];
$client = observed($base, $starts, ['requests_per_second' => 3]);
$client->details($id);
$client->details($id);
$client->detailsMany([$id, $id, $id], ['concurrency' => 3]);
$client->details($id);
echo "constructor 3/s, singles and a batch: at most 3 per 1.05 s: ", within($starts, 3, 1.05), ", requests: ", count($starts), "\n";

// With the process store, a rate given to the call replaces the constructor's for that batch (a shared store
// caps the call within the shared budget instead: tests/404).
$starts = [];
$client = observed($base, $starts, ['requests_per_second' => 1]);
$start = microtime(true);
$client->detailsMany(array_fill(0, 6, $id), ['concurrency' => 6, 'requests_per_second' => 100]);
echo "constructor 1/s, call 100/s: 6 requests in well under a second: ", var_export(count($starts) === 6 && microtime(true) - $start < 0.9, true), "\n";
?>
--EXPECT--
5/s, 12 entries, 8 at once: answered 12, at most 5 per 1.05 s: true, took 2.1 s or more: true
2.5/s, 5 entries: answered 5, at most 2 per 1.05 s: true
0.5/s, 2 entries: at most 1 per 2.05 s: true
constructor 3/s, singles and a batch: at most 3 per 1.05 s: true, requests: 6
constructor 1/s, call 100/s: 6 requests in well under a second: true
