--TEST--
lastResponse(): describes the failed request after an API error; unchanged by errors found locally
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

// Local errors before any request leave it null.
cf_catch(fn () => $client->create(['name' => 'No Email']));
cf_catch(fn () => $client->details('not-an-id'));
echo "after local errors only: ", var_export($client->lastResponse(), true), "\n";

$client->list();
$e = cf_catch(fn () => $client->details('0123456789abcdef01234567'));
$last = $client->lastResponse();
$requests = cf_requests($base);
echo get_class($e), "\n";
echo "status: ", $last['status'], "\n";
echo "request_id is the failed request's: ", var_export(
    $last['request_id'] === $e->getRequestId() && $last['request_id'] === end($requests)['request_id'], true), "\n";
echo "attempts: ", $last['attempts'], "\n";

// A local validation error or a malformed id sends nothing and changes nothing.
$snapshot = $client->lastResponse();
cf_catch(fn () => $client->create(['name' => 'No Email']));
cf_catch(fn () => $client->update('0123456789abcdef01234567', []));
cf_catch(fn () => $client->update('0123456789abcdef01234567', ['email' => 'not an email']));
cf_catch(fn () => $client->details('0123456789abcdef0123456'));
cf_catch(fn () => $client->update('../list', ['city' => 'Nairobi']));
echo "unchanged by local errors: ", var_export($client->lastResponse() === $snapshot, true), "\n";
echo "requests sent: ", count(cf_requests($base)), "\n";

// Rate limit figures are read from whatever the server sent.
cf_fault($base, ['path' => '/business/customer/list', 'headers' => [
    'X-RateLimit-Limit' => '5', 'X-RateLimit-Remaining' => '0', 'X-RateLimit-Reset' => '1700000000',
    'X-Request-Id' => 'req_custom-42',
]]);
$client->list();
$last = $client->lastResponse();
echo "rate_limit: ", json_encode($last['rate_limit']), "\n";
echo "request_id: ", $last['request_id'], "\n";

// An error answer is described as fully as a success.
cf_fault($base, ['status' => 418, 'body' => '{"success":false,"error":"Teapot"}', 'headers' => ['X-Custom' => 'yes']]);
cf_catch(fn () => $client->list());
$last = $client->lastResponse();
echo "after 418: status ", $last['status'], ", x-custom ", $last['headers']['x-custom'], ", rate_limit ints ",
    var_export(array_filter($last['rate_limit'], 'is_int') === $last['rate_limit'], true), "\n";
?>
--EXPECT--
after local errors only: NULL
Cashfin\NotFoundException
status: 404
request_id is the failed request's: true
attempts: 1
unchanged by local errors: true
requests sent: 2
rate_limit: {"limit":5,"remaining":0,"reset":1700000000}
request_id: req_custom-42
after 418: status 418, x-custom yes, rate_limit ints true
