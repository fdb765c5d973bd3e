--TEST--
Error answers are classified by status and body: the status first, the body's message refines it
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);

$cases = [
    [400, '{"success":false,"error":"Invalid customer ID format"}'],
    [400, '{"success":false,"error":"Customer not found"}'],
    [400, '{"success":false,"error":"Customer with this email already exists"}'],
    [409, '{"success":false,"error":"Conflict"}'],
    [400, '{"success":false,"error":"There are problems with your submission","errors":{"name":"Name is required"}}'],
    [422, '{"success":false,"error":"Unprocessable"}'],
    [400, '{"success":false,"error":"Bad request"}'],
    [400, '{"success":false,"message":"Bad request (message only)"}'],
    [401, '<html>401</html>'],
    [403, ''],
    [429, '{"success":false,"error":"Too many requests"}'],
    [500, '{"success":false,"error":"Invalid customer ID format"}'],
    [503, '<html><body>Service Unavailable</body></html>'],
    [418, ''],
    [200, '{"success":false,"error":"Customer not found"}'],
    [200, '{"success":false,"error":"Customer with this email already exists"}'],
    [200, '{"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required"}}'],
    [200, '{"success":false,"error":"Invalid customer ID format"}'],
    [200, '{"success":false}'],
];
foreach ($cases as [$status, $body]) {
    cf_fault($base, ['status' => $status, 'body' => $body]);
    $e = cf_catch(fn () => $client->details('0123456789abcdef01234567'));
    $requests = cf_requests($base);
    $ok = $e->getHttpStatus() === $status && $e->getCode() === $status && $e->getResponseBody() === $body
        && $e->getRequestId() === end($requests)['request_id'];
    printf("%d %s %s%s\n", $status, get_class($e), $ok ? '' : '(status/body/request id wrong) ',
        str_starts_with($body, '{') ? $body : json_encode($body));
}
?>
--EXPECT--
400 Cashfin\InvalidIdException {"success":false,"error":"Invalid customer ID format"}
400 Cashfin\NotFoundException {"success":false,"error":"Customer not found"}
400 Cashfin\DuplicateException {"success":false,"error":"Customer with this email already exists"}
409 Cashfin\DuplicateException {"success":false,"error":"Conflict"}
400 Cashfin\ValidationException {"success":false,"error":"There are problems with your submission","errors":{"name":"Name is required"}}
422 Cashfin\ValidationException {"success":false,"error":"Unprocessable"}
400 Cashfin\ApiException {"success":false,"error":"Bad request"}
400 Cashfin\ApiException {"success":false,"message":"Bad request (message only)"}
401 Cashfin\AuthenticationException "<html>401<\/html>"
403 Cashfin\PermissionException ""
429 Cashfin\RateLimitException {"success":false,"error":"Too many requests"}
500 Cashfin\ServerException {"success":false,"error":"Invalid customer ID format"}
503 Cashfin\ServerException "<html><body>Service Unavailable<\/body><\/html>"
418 Cashfin\ApiException ""
200 Cashfin\NotFoundException {"success":false,"error":"Customer not found"}
200 Cashfin\DuplicateException {"success":false,"error":"Customer with this email already exists"}
200 Cashfin\ValidationException {"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required"}}
200 Cashfin\InvalidIdException {"success":false,"error":"Invalid customer ID format"}
200 Cashfin\ApiException {"success":false}
