--TEST--
all() query: validated when all() is called, before any iteration or request; all() itself is lazy
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1); // numeric strings are TypeErrors for a strict caller (tests/143 for the others)
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
$bad = [
    ['page' => 0],
    ['page' => '1'],
    ['limit' => 101],
    ['limit' => 0],
    ['limit' => 2.5],
    ['search' => "a\nb"],
    ['search' => "\xFF"],
    ['search' => str_repeat('s', 257)],
    ['search' => false],
    ['per_page' => 10],
    [5],
];
foreach ($bad as $query) {
    $iterator = 'not assigned';
    try {
        $iterator = $client->all($query);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    if ($iterator !== 'not assigned') {
        echo "all() returned without throwing\n";
    }
}
// Had all() deferred the check to the first iteration, $iterator would have been assigned above.
cf_requests_sent($base);

echo "-- a valid query makes an iterator without a request --\n";
foreach ([[], ['limit' => 1], ['page' => 2, 'limit' => 100, 'search' => 'Customer']] as $query) {
    var_dump(get_class($client->all($query)));
}
cf_requests_sent($base);

echo "-- requests start with the iteration --\n";
for ($n = 1; $n <= 3; $n++) {
    $client->create(cf_valid_customer($n));
}
cf_requests_sent($base);
$iterator = $client->all(['limit' => 2, 'search' => 'Customer']);
cf_requests_sent($base);
$names = [];
foreach ($iterator as $customer) {
    $names[] = $customer['name'];
}
sort($names);
echo implode(', ', $names), "\n";
foreach (cf_requests($base) as $request) {
    echo $request['path'], '?', $request['query'], "\n";
}
--EXPECT--
Cashfin\Customers::all(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
Cashfin\Customers::all(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
Cashfin\Customers::all(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
Cashfin\Customers::all(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
Cashfin\Customers::all(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
Cashfin\Customers::all(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
Cashfin\Customers::all(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
Cashfin\Customers::all(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
Cashfin\Customers::all(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
Cashfin\Customers::all(): Argument #1 ($query) contains an unknown query key "per_page" (page, limit and search are known)
Cashfin\Customers::all(): Argument #1 ($query) contains an unknown query key "(integer key)" (page, limit and search are known)
requests sent: 0
-- a valid query makes an iterator without a request --
string(24) "Cashfin\CustomerIterator"
string(24) "Cashfin\CustomerIterator"
string(24) "Cashfin\CustomerIterator"
requests sent: 0
-- requests start with the iteration --
requests sent: 3
requests sent: 0
Customer 1, Customer 2, Customer 3
/business/customer/list?page=1&limit=2&search=Customer
/business/customer/list?page=2&limit=2&search=Customer
