--TEST--
list() query: page (int >= 1), limit (int 1..100) and search (UTF-8, no controls, at most 256 characters); anything else is a ValueError with no request sent
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1); // numeric strings are TypeErrors for a strict caller (tests/143 for the others)
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
$bad = [
    ['page' => 0],
    ['page' => -1],
    ['page' => '2'],
    ['page' => 1.5],
    ['page' => 2.0],
    ['page' => true],
    ['page' => null],
    ['page' => [1]],
    ['page' => PHP_INT_MAX],
    ['page' => 2147483648],
    ['limit' => 0],
    ['limit' => 101],
    ['limit' => -5],
    ['limit' => '10'],
    ['limit' => 10.0],
    ['limit' => null],
    ['search' => 123],
    ['search' => null],
    ['search' => ['ada']],
    ['search' => "ad\xFF"],
    ['search' => "\xC0\xAF"],
    ['search' => "ada\n"],
    ['search' => "ada\0lovelace"],
    ['search' => "ada\t"],
    ['search' => "ada\x7F"],
    ['search' => str_repeat('s', 257)],
    ['search' => str_repeat('é', 257)],
    ['per_page' => 10],
    ['Page' => 1],
    ['q' => 'ada'],
    ['sort' => 'name'],
    [0 => 1],
    [1, 10],
    ['page' => 1, 'limit' => 10, 'search' => 'ada', 'extra' => true],
];
foreach ($bad as $query) {
    cf_try(fn () => $client->list($query));
}
echo "-- the first problem is reported --\n";
cf_try(fn () => $client->list(['limit' => 0, 'page' => 0]));
cf_requests_sent($base);

echo "-- accepted queries and what is sent --\n";
$good = [
    [],
    ['page' => 1],
    ['page' => 2147483647],
    ['limit' => 1],
    ['limit' => 100],
    ['search' => ''],
    ['search' => 'ada lovelace+co&x=1#?/'],
    ['search' => str_repeat('s', 256)],
    ['search' => str_repeat('é', 256)],
    ['search' => 'Zoë 李 😀'],
    ['search' => 'x', 'limit' => 5, 'page' => 3],
];
foreach ($good as $query) {
    echo implode(',', array_keys($client->list($query))), "\n";
}
foreach (cf_requests($base) as $request) {
    $query = $request['query'];
    echo $request['path'], strlen($query) > 60 ? '?' . substr($query, 0, 40) . '... (' . strlen($query) . ' bytes)' : ($query === '' ? '' : "?$query"), "\n";
}
// The search text arrives intact.
$params = [];
parse_str(cf_requests($base)[9]['query'], $params);
var_dump($params['search'] === 'Zoë 李 😀');
--EXPECT--
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "search" must be a UTF-8 string of at most 256 characters without control characters
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "per_page" (page, limit and search are known)
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "Page" (page, limit and search are known)
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "q" (page, limit and search are known)
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "sort" (page, limit and search are known)
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "(integer key)" (page, limit and search are known)
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "(integer key)" (page, limit and search are known)
ValueError: Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "extra" (page, limit and search are known)
-- the first problem is reported --
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
requests sent: 0
-- accepted queries and what is sent --
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
data,pagination
/business/customer/list
/business/customer/list?page=1
/business/customer/list?page=2147483647
/business/customer/list?limit=1
/business/customer/list?limit=100
/business/customer/list?search=
/business/customer/list?search=ada%20lovelace%2Bco%26x%3D1%23%3F%2F
/business/customer/list?search=sssssssssssssssssssssssssssssssss... (263 bytes)
/business/customer/list?search=%C3%A9%C3%A9%C3%A9%C3%A9%C3%A9%C3... (1543 bytes)
/business/customer/list?search=Zo%C3%AB%20%E6%9D%8E%20%F0%9F%98%80
/business/customer/list?page=3&limit=5&search=x
bool(true)
