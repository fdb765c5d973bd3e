--TEST--
Bulk options are read once too: on_progress and the idempotency_key callable passed by reference and replaced by the callback itself while the call runs change nothing (no other callable is called, no prefix replaces the callable's keys), and a callback that drops the options array it lives in keeps running
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$seen = [];
$progress = function (int $done, int $total) use (&$progress, &$seen) {
    $seen[] = "$done/$total";
    $progress = $done === 1 ? 'strlen' : null;
};
$options = ['on_progress' => &$progress, 'concurrency' => 2];
$results = $client->createMany(array_map('cf_person', range(1, 4)), $options);
echo "on_progress: ", implode(' ', $seen), "; created: ", count(array_filter($results, 'is_array')), "\n";

$key = function (int $index) use (&$key) {
    $key = $index === 0 ? 'prefix-' : 42;
    return "callable-$index";
};
$options = ['idempotency_key' => &$key];
$client->createMany(array_map('cf_person', range(5, 7)), $options);
$keys = array_map(fn (array $request) => (array) $request['headers'], array_slice(cf_requests($base), -3));
$keys = array_column($keys, 'idempotency-key');
sort($keys);
echo "keys sent: ", implode(' ', $keys), "\n";

$options = ['on_progress' => function (int $done) use (&$options) {
    echo "progress $done\n";
    $options = null;
}];
$results = $client->detailsMany(['0123456789abcdef01234567', '0123456789abcdef01234568'], $options);
echo "settled: ", count($results), "\n";
?>
--EXPECT--
on_progress: 1/4 2/4 3/4 4/4; created: 4
keys sent: callable-0 callable-1 callable-2
progress 1
progress 2
settled: 2
