--TEST--
ApiException: an error status with no class of its own (418), and a 200 that says success false
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

cf_fault($base, ['status' => 418, 'body' => '{"success":false,"error":"I am a teapot"}']);
$e = cf_catch(fn () => $client->list());
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));

cf_fault($base, ['status' => 200, 'body' => '{"success":false,"error":"Something failed"}']);
$e = cf_catch(fn () => $client->create(cf_person(1)));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
echo "nothing created: ", $client->list()['pagination']['total'], "\n";

// success false with only a message, on a 201.
cf_fault($base, ['status' => 201, 'body' => '{"success":false,"message":"Creation refused"}']);
$e = cf_catch(fn () => $client->create(cf_person(1)));
echo get_class($e), ' ', $e->getHttpStatus(), ' ', $e->getMessage(), "\n";

// 400 with a message and no field errors: an API error, never retried.
cf_fault($base, ['status' => 400, 'body' => '{"success":false,"error":"Invalid pagination parameters"}']);
$e = cf_catch(fn () => $client->list());
echo get_class($e), ' ', $e->getHttpStatus(), ' ', $e->getMessage(), ' attempts ', $client->lastResponse()['attempts'], "\n";

// An error status without a JSON body is still classified by its status.
cf_fault($base, ['status' => 405, 'body' => 'Method Not Allowed', 'content_type' => 'text/plain']);
$e = cf_catch(fn () => $client->list());
echo get_class($e), ' ', $e->getHttpStatus(), ' ', var_export($e->getResponseBody(), true), "\n";
?>
--EXPECT--
Cashfin\ApiException
Cashfin\Exception: true
RuntimeException: true
message: I am a teapot
status: 418
code equals status: true
errors: []
body: '{"success":false,"error":"I am a teapot"}'
request id sent: true
Cashfin\ApiException
Cashfin\Exception: true
RuntimeException: true
message: Something failed
status: 200
code equals status: true
errors: []
body: '{"success":false,"error":"Something failed"}'
request id sent: true
nothing created: 0
Cashfin\ApiException 201 Creation refused
Cashfin\ApiException 400 Invalid pagination parameters attempts 1
Cashfin\ApiException 405 'Method Not Allowed'
