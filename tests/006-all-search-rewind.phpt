--TEST--
all(): respects search and limit; rewinding restarts from the first page
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$wanjiru = [];
for ($i = 1; $i <= 18; $i++) {
    $name = $i % 3 === 0 ? "Other Person $i" : "Grace Wanjiru $i";
    $id = $client->create(cf_person($i, ['name' => $name]))['_id'];
    if ($i % 3 !== 0) {
        $wanjiru[] = $id;
    }
}
cf_clear_requests($base);

$it = $client->all(['search' => 'wanjiru', 'limit' => 5]);
$seen = [];
foreach ($it as $key => $customer) {
    $seen[$key] = $customer['_id'];
}
echo "matches: ", count($seen), ", keys 0..11: ", var_export(array_keys($seen) === range(0, 11), true), "\n";
echo "exactly the matching customers: ", var_export($seen === array_reverse($wanjiru), true), "\n";
foreach (cf_requests($base) as $r) {
    echo '  ', $r['path'], ' ', json_encode(cf_query($r)), "\n";
}

// A second foreach over the same iterator starts again at page 1 and key 0.
cf_clear_requests($base);
$again = [];
foreach ($it as $key => $customer) {
    $again[$key] = $customer['_id'];
}
echo "second foreach identical: ", var_export($again === $seen, true), ", requests: ", count(cf_requests($base)), "\n";

// Manual rewind in the middle of page 2.
cf_clear_requests($base);
$it->rewind();
for ($n = 0; $n < 7; $n++) {
    $it->next();
}
echo "at key ", $it->key(), ": ", var_export($it->current()['_id'] === $seen[7], true), "\n";
$it->rewind();
echo "after rewind: key ", var_export($it->key(), true), ', valid ', var_export($it->valid(), true), ', first again ',
    var_export($it->current()['_id'] === $seen[0], true), "\n";
echo "pages fetched: ", implode(' ', array_map(fn ($r) => cf_query($r)['page'], cf_requests($base))), "\n";

// At the end: not valid, key and current are null, next() stays put without requests.
cf_clear_requests($base);
$it = $client->all(['search' => 'Other', 'limit' => 100]);
echo "others: ", iterator_count($it), "\n";
$it->next();
echo "past the end: valid ", var_export($it->valid(), true), ", key ", var_export($it->key(), true),
    ", current ", var_export($it->current(), true), ", requests ", count(cf_requests($base)), "\n";

// A search nothing matches.
echo "none: ", iterator_count($client->all(['search' => 'zzz-no-such'])), "\n";
?>
--EXPECT--
matches: 12, keys 0..11: true
exactly the matching customers: true
  /business/customer/list {"limit":"5","page":"1","search":"wanjiru"}
  /business/customer/list {"limit":"5","page":"2","search":"wanjiru"}
  /business/customer/list {"limit":"5","page":"3","search":"wanjiru"}
second foreach identical: true, requests: 3
at key 7: true
after rewind: key 0, valid true, first again true
pages fetched: 1 2 1
others: 6
past the end: valid false, key NULL, current NULL, requests 1
none: 0
