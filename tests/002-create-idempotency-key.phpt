--TEST--
create(): a caller's idempotency_key is sent verbatim; repeating it returns the same customer without a second record
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$key = 'order-42/create:key_1.A';
$first = $client->create(cf_person(1), ['idempotency_key' => $key]);
$again = $client->create(cf_person(1), ['idempotency_key' => $key]);

echo "same customer: ", var_export($again === $first, true), "\n";
echo "replayed: ", $client->lastResponse()['headers']['idempotent-replayed'] ?? 'no', "\n";
$page = $client->list();
echo "total: ", $page['pagination']['total'], "\n";
echo "listed id: ", var_export($page['data'][0]['_id'] === $first['_id'], true), "\n";

foreach (cf_requests($base) as $r) {
    echo $r['method'], ' ', $r['path'], ' key=', $r['headers']['idempotency-key'] ?? '(none)', "\n";
}

// A different customer under a used key is refused by the API: a 400 that is no other class.
$e = cf_catch(fn () => $client->create(cf_person(2), ['idempotency_key' => $key]));
echo get_class($e), ' ', $e->getHttpStatus(), ': ', $e->getMessage(), "\n";
echo "total: ", $client->list()['pagination']['total'], "\n";

// The same data under a fresh key is a new create: the email is taken.
$e = cf_catch(fn () => $client->create(cf_person(1), ['idempotency_key' => 'another-key']));
echo get_class($e), ' ', $e->getHttpStatus(), ': ', $e->getMessage(), "\n";
?>
--EXPECT--
same customer: true
replayed: true
total: 1
listed id: true
POST /business/customer/create key=order-42/create:key_1.A
POST /business/customer/create key=order-42/create:key_1.A
GET /business/customer/list key=(none)
Cashfin\ApiException 400: Idempotency key reused with a different request
total: 1
Cashfin\DuplicateException 409: Customer with this email already exists
