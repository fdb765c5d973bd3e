--TEST--
Re-entry: an iterator rewound (or advanced) from a callback of its own page load is refused with an \Error and keeps its place: the iteration goes on with keys 0, 1, 2, … and every customer once
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
(new Cashfin\Customers('cs_test', ['base_url' => $base]))->createMany(array_map('cf_person', range(1, 6)));

$iterator = null;
$refused = [];
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'on_response' => function () use (&$iterator, &$refused) {
    foreach (['rewind', 'next', 'valid'] as $method) {
        try {
            $iterator?->$method();
        } catch (Error $e) {
            $refused[$method] = $e->getMessage();
        }
    }
}]);
$iterator = $client->all(['limit' => 2]);
$emails = iterator_to_array($iterator);
echo "keys: ", implode(' ', array_keys($emails)), "\n";
echo "distinct customers: ", count(array_unique(array_column($emails, '_id'))), "\n";
foreach ($refused as $method => $message) {
    echo "$method: $message\n";
}
?>
--EXPECT--
keys: 0 1 2 3 4 5
distinct customers: 6
rewind: Cashfin\Customers cannot start a call from its own callback
next: Cashfin\Customers cannot start a call from its own callback
valid: Cashfin\Customers cannot start a call from its own callback
