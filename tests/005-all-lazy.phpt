--TEST--
all(): iterates every customer across pages, fetching each page only when the iteration reaches it
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$ids = [];
for ($i = 1; $i <= 25; $i++) {
    $ids[] = $client->create(cf_person($i))['_id'];
}
cf_clear_requests($base);

$it = $client->all(['limit' => 10]);
echo get_class($it), ' is Iterator: ', var_export($it instanceof Iterator, true), "\n";
echo "after all(): ", count(cf_requests($base)), " requests\n";

// Reading the first item fetches the first page, and only it.
foreach ($it as $key => $customer) {
    echo "first: key=$key ", var_export($customer['_id'] === $ids[24], true), "\n";
    break;
}
echo "after the first item: ", implode(', ', cf_request_lines($base)), "\n";

// Reading the rest of page 1 sends nothing more; the 11th item needs page 2.
$it->rewind();
cf_clear_requests($base);
for ($n = 0; $n < 9; $n++) {
    $it->next();
}
echo "key after 9 next(): ", $it->key(), ", requests: ", count(cf_requests($base)), "\n";
$it->next();
echo "key after 10 next(): ", $it->key(), ", requests: ", implode(', ', cf_request_lines($base)), "\n";

cf_clear_requests($base);
$keys = [];
$seen = [];
foreach ($client->all(['limit' => 10]) as $key => $customer) {
    $keys[] = $key;
    $seen[] = $customer['_id'];
}
echo "full foreach: ", count($seen), " customers\n";
echo "keys are 0..24: ", var_export($keys === range(0, 24), true), "\n";
echo "every customer once, newest first: ", var_export($seen === array_reverse($ids), true), "\n";
echo "requests (ceil(25/10) = 3):\n  ", implode("\n  ", cf_request_lines($base)), "\n";

// Pages that end exactly on the last customer: no probe for an empty page after them.
cf_clear_requests($base);
echo "limit 5: ", iterator_count($client->all(['limit' => 5])), " customers in ", count(cf_requests($base)), " requests\n";
cf_clear_requests($base);
echo "limit 25: ", iterator_count($client->all(['limit' => 25])), " customers in ", count(cf_requests($base)), " requests\n";

// Without a limit, the pager asks for big pages: one request here.
cf_clear_requests($base);
echo "no limit: ", iterator_count($client->all()), " customers in ", count(cf_requests($base)), " requests\n";

// Nothing to list: one request, no iteration.
$empty = cashfin_sandbox_start();
$fresh = new Cashfin\Customers('cs_test', ['base_url' => $empty]);
echo "empty: ", iterator_count($fresh->all()), " customers in ", count(cf_requests($empty)), " request\n";
?>
--EXPECT--
Cashfin\CustomerIterator is Iterator: true
after all(): 0 requests
first: key=0 true
after the first item: GET /business/customer/list?limit=10&page=1
key after 9 next(): 9, requests: 0
key after 10 next(): 10, requests: GET /business/customer/list?limit=10&page=2
full foreach: 25 customers
keys are 0..24: true
every customer once, newest first: true
requests (ceil(25/10) = 3):
  GET /business/customer/list?limit=10&page=1
  GET /business/customer/list?limit=10&page=2
  GET /business/customer/list?limit=10&page=3
limit 5: 25 customers in 5 requests
limit 25: 25 customers in 1 requests
no limit: 25 customers in 1 requests
empty: 0 customers in 1 request
