--TEST--
UnexpectedResponseException: a 200 whose body is cut short keeps the status, the part received and the request id
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$customer = $client->create(cf_person(1));

// The real answer (fetched here without the client), cut in half under a Content-Length for all of it.
$full = file_get_contents("$base/business/customer/details/{$customer['_id']}", false,
    stream_context_create(['http' => ['header' => "Authorization: cs_test\r\n"]]));
cf_clear_requests($base);
cf_fault($base, ['path' => '/business/customer/details/', 'truncate' => true]);
$e = cf_catch(fn () => $client->details($customer['_id']));
$requests = cf_requests($base);
echo "truncated: ", get_class($e), "\n";
echo "status: ", var_export($e->getHttpStatus(), true), ", code: ", $e->getCode(), "\n";
$body = $e->getResponseBody();
echo "body is the part received: ", var_export(is_string($body) && $body !== '' && strlen($body) < strlen($full)
    && str_starts_with($full, $body), true), "\n";
echo "request id sent: ", var_export($e->getRequestId() === end($requests)['request_id'], true), "\n";
echo "lastResponse status: ", var_export($client->lastResponse()['status'], true), "\n";
echo "requests: ", count($requests), "\n";

?>
--EXPECT--
truncated: Cashfin\UnexpectedResponseException
status: 200, code: 200
body is the part received: true
request id sent: true
lastResponse status: 200
requests: 1
