--TEST--
ServerException: 500 JSON, 502 HTML page (body kept), any 5xx whatever its body says
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);

cf_fault($base, ['status' => 500, 'body' => '{"success":false,"error":"Internal server error"}']);
$e = cf_catch(fn () => $client->create(cf_person(1)));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));

$html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
cf_fault($base, ['status' => 502, 'body' => $html, 'content_type' => 'text/html']);
$e = cf_catch(fn () => $client->list());
$requests = cf_requests($base);
echo get_class($e), "\n";
echo "status: ", $e->getHttpStatus(), ", code: ", $e->getCode(), "\n";
echo "body kept: ", var_export($e->getResponseBody() === $html, true), "\n";
echo "message is not the page: ", var_export(!str_contains($e->getMessage(), '<'), true), "\n";
echo "message: ", $e->getMessage(), "\n";
echo "request id sent: ", var_export($e->getRequestId() === end($requests)['request_id'], true), "\n";

// A 5xx is a server error even when its body names another cause.
foreach ([
    [503, '{"success":false,"error":"Customer not found"}'],
    [504, '{"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required"}}'],
    [500, '{"success":false,"error":"Customer with this email already exists"}'],
    [599, ''],
] as [$status, $body]) {
    cf_fault($base, ['status' => $status, 'body' => $body]);
    $e = cf_catch(fn () => $client->details('0123456789abcdef01234567'));
    echo $status, ': ', get_class($e), ' body kept ', var_export($e->getResponseBody() === $body, true), "\n";
}
echo "requests: ", count(cf_requests($base)), "\n";
?>
--EXPECTF--
Cashfin\ServerException
Cashfin\Exception: true
RuntimeException: true
message: Internal server error
status: 500
code equals status: true
errors: []
body: '{"success":false,"error":"Internal server error"}'
request id sent: true
Cashfin\ServerException
status: 502, code: 502
body kept: true
message is not the page: true
message: %s502%s
request id sent: true
503: Cashfin\ServerException body kept true
504: Cashfin\ServerException body kept true
500: Cashfin\ServerException body kept true
599: Cashfin\ServerException body kept true
requests: 6
