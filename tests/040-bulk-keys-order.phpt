--TEST--
Bulk: the result has exactly the input's keys in the input's order (string, int, negative, sparse, mixed, references) for all three methods
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// A limit far above what this test sends: its nominal X-RateLimit-Remaining (25 a second) would reach 0
// and pause the batches, as it should, which only makes the test slower.
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_RPS' => 100000]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

function keys_line(array $array): string
{
    return implode(' ', array_map(fn ($k) => var_export($k, true), array_keys($array)));
}

// createMany: each created customer sits under the key of the record it came from.
$input = ['crm-9' => cf_person(1), 7 => cf_person(2), -3 => cf_person(3), 'x' => cf_person(4), 0 => cf_person(5),
    '12' => cf_person(6), 'ключ' => cf_person(7)];
$created = $client->createMany($input, ['concurrency' => 8]);
echo "create keys:  ", keys_line($created), "\n";
echo "same keys, same order: ", var_export(array_keys($created) === array_keys($input), true), "\n";
$right = true;
foreach ($input as $key => $person) {
    $right = $right && is_array($created[$key]) && $created[$key]['email'] === $person['email'];
}
echo "each customer under its own key: ", var_export($right, true), "\n";
$ids = array_map(fn ($c) => $c['_id'], array_values($created));

// detailsMany: the same id twice is asked twice; ids are case-insensitive.
$input = ['b' => $ids[1], 'a' => $ids[0], 5 => $ids[2], 2 => $ids[0], 'z' => $ids[3], -1 => strtoupper($ids[4])];
$details = $client->detailsMany($input, ['concurrency' => 8]);
echo "details keys: ", keys_line($details), "\n";
$right = array_keys($details) === array_keys($input);
foreach ($input as $key => $id) {
    $right = $right && $details[$key]['_id'] === strtolower($id);
}
echo "each customer under its own key: ", var_export($right, true), "\n";

// updateMany: keys are the ids; an int key cannot be an id and stays an entry of its own.
$input = [$ids[2] => ['city' => 'C2'], 42 => ['city' => 'x'], $ids[0] => ['city' => 'C0'], 'nope' => ['city' => 'y'],
    $ids[1] => ['city' => 'C1']];
$updated = $client->updateMany($input, ['concurrency' => 8]);
echo "update keys:  ", implode(' ', array_map(fn ($k) => is_int($k) ? $k : (strlen($k) === 24 ? '<id' . array_search($k, $ids) . '>' : "'$k'"), array_keys($updated))), "\n";
echo "same keys, same order: ", var_export(array_keys($updated) === array_keys($input), true), "\n";
foreach ($updated as $key => $value) {
    echo '  ', is_int($key) || strlen($key) !== 24 ? var_export($key, true) : '<id' . array_search($key, $ids) . '>', ' => ',
        is_array($value) ? json_encode(['same id' => $value['_id'] === $key, 'modified' => $value['modified']]) : get_class($value), "\n";
}
$cities = array_map(fn ($i) => $client->details($ids[$i])['city'] ?? null, [0, 1, 2]);
echo "stored cities: ", implode(',', $cities), "\n";

// A sparse list, a list built in reverse, references, and 40 shuffled int keys at concurrency 16.
$sparse = [$ids[0], $ids[1], $ids[2], $ids[3]];
unset($sparse[1]);
$reversed = [3 => $ids[3], 2 => $ids[2], 1 => $ids[1], 0 => $ids[0]];
$ref2 = $ids[4];
$withRef = ['r' => &$ref2, 's' => $ids[3]];
srand(7);
$shuffledKeys = range(0, 39);
shuffle($shuffledKeys);
$shuffled = [];
foreach ($shuffledKeys as $n => $k) {
    $shuffled[$k * 3 - 20] = $ids[$n % 7];
}
foreach (['sparse' => $sparse, 'reversed' => $reversed, 'by reference' => $withRef, 'shuffled' => $shuffled] as $name => $input) {
    $result = $client->detailsMany($input, ['concurrency' => 16]);
    $right = array_keys($result) === array_keys($input);
    foreach ($input as $key => $id) {
        $right = $right && is_array($result[$key]) && $result[$key]['_id'] === $id;
    }
    echo "$name: ", count($result), " entries, keys and values in place: ", var_export($right, true), "\n";
}
echo "sparse keys: ", keys_line($client->detailsMany($sparse)), "\n";
echo "one entry: ", keys_line($client->detailsMany(['only' => $ids[0]])), "\n";
echo "customers: ", $client->list()['pagination']['total'], "\n";
?>
--EXPECT--
create keys:  'crm-9' 7 -3 'x' 0 12 'ключ'
same keys, same order: true
each customer under its own key: true
details keys: 'b' 'a' 5 2 'z' -1
each customer under its own key: true
update keys:  <id2> 42 <id0> 'nope' <id1>
same keys, same order: true
  <id2> => {"same id":true,"modified":1}
  42 => Cashfin\InvalidIdException
  <id0> => {"same id":true,"modified":1}
  'nope' => Cashfin\InvalidIdException
  <id1> => {"same id":true,"modified":1}
stored cities: C0,C1,C2
sparse: 3 entries, keys and values in place: true
reversed: 4 entries, keys and values in place: true
by reference: 2 entries, keys and values in place: true
shuffled: 40 entries, keys and values in place: true
sparse keys: 0 2 3
one entry: 'only'
customers: 7
