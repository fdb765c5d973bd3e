--TEST--
Bulk: the input is read once, before any callback runs; entries passed by reference and changed by on_progress (into strings, null, unset, emptied) are sent as they were
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

// createMany: the first entry fails locally, so on_progress runs before anything is sent.
$bad = ['name' => 'No email'];
$first = cf_person(1);
$second = cf_person(2);
$third = cf_person(3);
$input = ['bad' => &$bad, 'first' => &$first, 'second' => &$second, 'third' => &$third];
$calls = [];
$result = $client->createMany($input, ['on_progress' => function (int $done, int $total) use (&$first, &$second, &$third, &$input, &$calls) {
    $calls[] = "$done/$total";
    $first = 'now a string';
    $second = null;
    $third['email'] = 'changed@example.com';
    $third['name'] = [];
    unset($input['third']);
    $input[] = cf_person(9);
}]);
echo "progress: ", implode(' ', $calls), "\n";
foreach ($result as $key => $value) {
    echo "$key: ", $value instanceof Throwable ? get_class($value) . ' ' . $value->getMessage() : $value['name'] . ' <' . $value['email'] . '>', "\n";
}
echo "created: ", count(array_filter(cf_requests($base), fn ($r) => $r['method'] === 'POST')), "\n";

// updateMany: the ids are the keys, the changes are references.
$ids = [$result['first']['_id'], $result['second']['_id']];
$a = ['city' => 'Mombasa'];
$b = ['city' => 'Kisumu'];
$changes = ['not-an-id' => ['city' => 'x'], $ids[0] => &$a, $ids[1] => &$b];
$result = $client->updateMany($changes, ['on_progress' => function () use (&$a, &$b) {
    $a = 42;
    $b = ['city' => 'Changed'];
}]);
foreach ($result as $key => $value) {
    echo $key === 'not-an-id' ? $key : 'id', ': ', $value instanceof Throwable ? get_class($value) : json_encode($value['modified']), "\n";
}
echo "cities: ", $client->details($ids[0])['city'], ', ', $client->details($ids[1])['city'], "\n";

// detailsMany: ids by reference, turned into arrays.
$x = $ids[0];
$y = $ids[1];
$list = ['nope', &$x, &$y];
$result = $client->detailsMany($list, ['on_progress' => function () use (&$x, &$y) {
    $x = ['an array now'];
    $y = 'ffffffffffffffffffffffff';
}]);
echo "details: ", get_class($result[0]), ', ', $result[1]['name'], ', ', $result[2]['name'], "\n";

// A callback that makes the caller's array the only holder of its entries and then drops them.
$entries = [cf_person(10, ['email' => 'bad']), cf_person(11)];
$result = $client->createMany($entries, ['on_progress' => function () use (&$entries) {
    $entries = null;
    gc_collect_cycles();
}]);
echo "after dropping the input: ", get_class($result[0]), ', ', $result[1]['name'], "\n";
?>
--EXPECT--
progress: 1/4 2/4 3/4 4/4
bad: Cashfin\ValidationException There are problems with your submission
first: Customer 1 <customer1@example.com>
second: Customer 2 <customer2@example.com>
third: Customer 3 <customer3@example.com>
created: 3
not-an-id: Cashfin\InvalidIdException
id: 1
id: 1
cities: Mombasa, Kisumu
details: Cashfin\InvalidIdException, Customer 1, Customer 2
after dropping the input: Cashfin\ValidationException, Customer 11
