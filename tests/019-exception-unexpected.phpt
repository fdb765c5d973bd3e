--TEST--
UnexpectedResponseException: a 200 HTML page, JSON without the envelope, a page without pagination
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$customer = $client->create(cf_person(1));

// A captive portal or a misconfigured proxy answering 200 with a page.
$html = "<!DOCTYPE html>\n<html><head><title>Login</title></head><body><form>Wi-Fi login</form></body></html>\n";
cf_fault($base, ['status' => 200, 'body' => $html, 'content_type' => 'text/html; charset=utf-8']);
$e = cf_catch(fn () => $client->list());
$requests = cf_requests($base);
echo get_class($e), "\n";
echo "Cashfin\\Exception: ", var_export($e instanceof Cashfin\Exception, true), ", RuntimeException: ",
    var_export($e instanceof RuntimeException, true), "\n";
echo "status: ", var_export($e->getHttpStatus(), true), ", code: ", $e->getCode(), "\n";
echo "body kept: ", var_export($e->getResponseBody() === $html, true), "\n";
echo "message is not the page: ", var_export($e->getMessage() !== '' && !str_contains($e->getMessage(), '<'), true), "\n";
echo "request id sent: ", var_export($e->getRequestId() === end($requests)['request_id'], true), "\n";

// JSON, but not the Cashfin envelope.
foreach ([
    '{"id":"507f1f77bcf86cd799439011","name":"John"}',
    '[{"_id":"507f1f77bcf86cd799439011"}]',
    '{"success":"yes","data":{}}',
    '{"success":true}',
    '{"success":true,"data":"none"}',
    '"ok"',
    '',
    '{"success":true,"data":{}} trailing',
] as $body) {
    cf_fault($base, ['status' => 200, 'body' => $body]);
    $e = cf_catch(fn () => $client->details($customer['_id']));
    printf("%s %s body kept %s: %s\n", get_class($e), var_export($e->getHttpStatus(), true),
        var_export($e->getResponseBody() === $body, true), json_encode($body));
}

// A list answer must carry a list and its pagination (or "meta").
foreach ([
    '{"success":true,"data":{"_id":"x"},"pagination":{"total":1,"page":1,"limit":10,"pages":1}}',
    '{"success":true,"data":[]}',
    '{"success":true,"data":[],"pagination":{"total":"1","page":1,"limit":10,"pages":1}}',
] as $body) {
    cf_fault($base, ['status' => 200, 'body' => $body]);
    $e = cf_catch(fn () => $client->list());
    echo get_class($e), ' ', $e->getHttpStatus(), "\n";
}
cf_fault($base, ['status' => 200, 'body' => '{"success":true,"data":[],"meta":{"total":0,"page":1,"limit":10,"pages":0}}']);
echo "meta accepted: ", json_encode($client->list()), "\n";
?>
--EXPECT--
Cashfin\UnexpectedResponseException
Cashfin\Exception: true, RuntimeException: true
status: 200, code: 200
body kept: true
message is not the page: true
request id sent: true
Cashfin\UnexpectedResponseException 200 body kept true: "{\"id\":\"507f1f77bcf86cd799439011\",\"name\":\"John\"}"
Cashfin\UnexpectedResponseException 200 body kept true: "[{\"_id\":\"507f1f77bcf86cd799439011\"}]"
Cashfin\UnexpectedResponseException 200 body kept true: "{\"success\":\"yes\",\"data\":{}}"
Cashfin\UnexpectedResponseException 200 body kept true: "{\"success\":true}"
Cashfin\UnexpectedResponseException 200 body kept true: "{\"success\":true,\"data\":\"none\"}"
Cashfin\UnexpectedResponseException 200 body kept true: "\"ok\""
Cashfin\UnexpectedResponseException 200 body kept true: ""
Cashfin\UnexpectedResponseException 200 body kept true: "{\"success\":true,\"data\":{}} trailing"
Cashfin\UnexpectedResponseException 200
Cashfin\UnexpectedResponseException 200
Cashfin\UnexpectedResponseException 200
meta accepted: {"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}
