--TEST--
Duplicate keys in error answers: read as json_decode reads them, the last one wins (error, message, errors, retry_after, success)
--DESCRIPTION--
Success answers are read by PHP's own parser (last key wins, tests/260); error answers by cJSON in
ext/core/envelope.c, where cJSON_GetObjectItemCaseSensitive returns the first of repeated keys. The
class, the message, the field errors and getRetryAfter() must come from the same reading as
json_decode($body, true).
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$id = '507f1f77bcf86cd799439011';

foreach ([
    [400, '{"success":false,"error":"Bad request","error":"Customer with this email already exists"}'],
    [404, '{"success":false,"error":"Something else","error":"Customer not found"}'],
    [400, '{"success":false,"error":"Invalid customer ID format","error":"Bad request"}'],
    [401, '{"success":false,"message":"first","message":"Unauthorized access!"}'],
    [422, '{"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required"},"errors":{"phone":"Phone is required"}}'],
    [429, '{"success":false,"error":"Too many requests","retry_after":1,"retry_after":60}'],
    [200, '{"success":true,"success":false,"error":"Customer not found","data":{"_id":"' . $id . '"}}'],
    [200, '{"success":false,"error":"first","success":false,"error":"Customer with this email already exists"}'],
] as [$status, $body]) {
    cf_fault($base, ['status' => $status, 'body' => $body]);
    $e = cf_catch(fn () => $client->details($id));
    $decoded = json_decode($body, true);
    echo $status, ' ', get_class($e), ': ', $e->getMessage(), ', errors ', json_encode($e->getErrors()),
        $e instanceof Cashfin\RateLimitException ? ', retry after ' . var_export($e->getRetryAfter(), true) : '', "\n";
    echo '    json_decode: ', json_encode($decoded), "\n";
}
?>
--EXPECT--
400 Cashfin\DuplicateException: Customer with this email already exists, errors []
    json_decode: {"success":false,"error":"Customer with this email already exists"}
404 Cashfin\NotFoundException: Customer not found, errors []
    json_decode: {"success":false,"error":"Customer not found"}
400 Cashfin\ApiException: Bad request, errors []
    json_decode: {"success":false,"error":"Bad request"}
401 Cashfin\AuthenticationException: Unauthorized access!, errors []
    json_decode: {"success":false,"message":"Unauthorized access!"}
422 Cashfin\ValidationException: There are problems with your submission, errors {"phone":"Phone is required"}
    json_decode: {"success":false,"error":"There are problems with your submission","errors":{"phone":"Phone is required"}}
429 Cashfin\RateLimitException: Too many requests, errors [], retry after 60
    json_decode: {"success":false,"error":"Too many requests","retry_after":60}
200 Cashfin\NotFoundException: Customer not found, errors []
    json_decode: {"success":false,"error":"Customer not found","data":{"_id":"507f1f77bcf86cd799439011"}}
200 Cashfin\DuplicateException: Customer with this email already exists, errors []
    json_decode: {"success":false,"error":"Customer with this email already exists"}
