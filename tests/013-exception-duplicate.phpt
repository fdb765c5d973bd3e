--TEST--
DuplicateException: 409 from the sandbox (create and update), and a 400 whose message says "... already exists"
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$first = $client->create(cf_person(1));
$second = $client->create(cf_person(2));

// Same email, other case: still taken.
$e = cf_catch(fn () => $client->create(cf_person(3, ['email' => 'CUSTOMER1@example.com'])));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));

$e = cf_catch(fn () => $client->update($second['_id'], ['email' => 'customer1@example.com']));
echo "update: ", get_class($e), ' ', $e->getHttpStatus(), ' ', $e->getMessage(), "\n";
echo "total: ", $client->list()['pagination']['total'], "\n";

cf_fault($base, ['status' => 400, 'body' => '{"success":false,"error":"Customer with this phone already exists"}']);
$e = cf_catch(fn () => $client->create(cf_person(4)));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
?>
--EXPECT--
Cashfin\DuplicateException
Cashfin\Exception: true
RuntimeException: true
message: Customer with this email already exists
status: 409
code equals status: true
errors: []
body: '{"success":false,"error":"Customer with this email already exists"}'
request id sent: true
update: Cashfin\DuplicateException 409 Customer with this email already exists
total: 2
Cashfin\DuplicateException
Cashfin\Exception: true
RuntimeException: true
message: Customer with this phone already exists
status: 400
code equals status: true
errors: []
body: '{"success":false,"error":"Customer with this phone already exists"}'
request id sent: true
