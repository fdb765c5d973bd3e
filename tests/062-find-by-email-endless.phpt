--TEST--
findByEmail(): a server that keeps sending full pages without the address, claiming ever more, ends the lookup after 1,000 pages with an UnexpectedResponseException instead of a loop
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$others = [];
for ($i = 0; $i < 100; $i++) {
    $others[] = ['_id' => sprintf('%024x', $i), 'email' => "other$i@example.com"];
}
$page = json_encode(['success' => true, 'data' => $others,
    'pagination' => ['total' => 1e15, 'page' => 1, 'limit' => 100, 'pages' => 1e13]]);
cf_fault($base, ['path' => '/business/customer/list', 'status' => 200, 'body' => $page, 'count' => 1001]);
try {
    $client->findByEmail('pat@example.com');
    echo "returned\n";
} catch (Cashfin\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "requests: ", count(cf_requests($base)), "\n";
?>
--EXPECT--
Cashfin\UnexpectedResponseException: The search did not end after 1000 pages of 100 customers
requests: 1000
