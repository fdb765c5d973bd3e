--TEST--
PermissionException: 403, with a JSON or a plain-text body
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

cf_fault($base, ['status' => 403, 'body' => '{"success":false,"error":"This key may not manage customers"}']);
$e = cf_catch(fn () => $client->list());
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));

// No JSON at all: still a 403.
cf_fault($base, ['status' => 403, 'body' => 'Forbidden', 'content_type' => 'text/plain']);
$e = cf_catch(fn () => $client->list());
echo get_class($e), ' ', $e->getHttpStatus(), ' ', var_export($e->getResponseBody(), true), "\n";
echo "attempts: ", $client->lastResponse()['attempts'], "\n";
?>
--EXPECT--
Cashfin\PermissionException
Cashfin\Exception: true
RuntimeException: true
message: This key may not manage customers
status: 403
code equals status: true
errors: []
body: '{"success":false,"error":"This key may not manage customers"}'
request id sent: true
Cashfin\PermissionException 403 'Forbidden'
attempts: 1
