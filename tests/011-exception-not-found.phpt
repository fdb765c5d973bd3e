--TEST--
NotFoundException: 404 "Customer not found" for an unknown id (details and update), and that message under another status
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$client->create(cf_person(1));

$e = cf_catch(fn () => $client->details('0123456789abcdef01234567'));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));

$e = cf_catch(fn () => $client->update('0123456789abcdef01234567', ['city' => 'Kisumu']));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));

// The body names the cause: "Customer not found" under a plain 400 is still a NotFoundException.
cf_fault($base, ['status' => 400, 'body' => '{"success":false,"error":"Customer not found"}']);
$e = cf_catch(fn () => $client->details('0123456789abcdef01234567'));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
?>
--EXPECT--
Cashfin\NotFoundException
Cashfin\Exception: true
RuntimeException: true
message: Customer not found
status: 404
code equals status: true
errors: []
body: '{"success":false,"error":"Customer not found"}'
request id sent: true
Cashfin\NotFoundException
Cashfin\Exception: true
RuntimeException: true
message: Customer not found
status: 404
code equals status: true
errors: []
body: '{"success":false,"error":"Customer not found"}'
request id sent: true
Cashfin\NotFoundException
Cashfin\Exception: true
RuntimeException: true
message: Customer not found
status: 400
code equals status: true
errors: []
body: '{"success":false,"error":"Customer not found"}'
request id sent: true
