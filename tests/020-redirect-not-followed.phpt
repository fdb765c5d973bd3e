--TEST--
A 301/302/307 redirect is never followed: UnexpectedResponseException, and no second request
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$elsewhere = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

foreach ([
    [301, "$elsewhere/business/customer/list"],
    [302, "$base/business/customer/list?page=2"],
    [307, "/business/customer/list"],
    [308, "$elsewhere/business/customer/create"],
] as [$status, $location]) {
    cf_clear_requests($base);
    cf_fault($base, ['status' => $status, 'body' => '', 'headers' => ['Location' => $location]]);
    $e = cf_catch(fn () => $status === 308 ? $client->create(cf_person(1)) : $client->list());
    $requests = cf_requests($base);
    echo $status, ': ', get_class($e), ' status ', var_export($e->getHttpStatus(), true), ' code ', $e->getCode(),
        ' request id sent ', var_export($e->getRequestId() === $requests[0]['request_id'], true),
        ', requests here ', count($requests), ', elsewhere ', count(cf_requests($elsewhere)),
        ', attempts ', $client->lastResponse()['attempts'], "\n";
}
echo "location visible: ", var_export($client->lastResponse()['headers']['location'] === "$elsewhere/business/customer/create", true), "\n";
?>
--EXPECT--
301: Cashfin\UnexpectedResponseException status 301 code 301 request id sent true, requests here 1, elsewhere 0, attempts 1
302: Cashfin\UnexpectedResponseException status 302 code 302 request id sent true, requests here 1, elsewhere 0, attempts 1
307: Cashfin\UnexpectedResponseException status 307 code 307 request id sent true, requests here 1, elsewhere 0, attempts 1
308: Cashfin\UnexpectedResponseException status 308 code 308 request id sent true, requests here 1, elsewhere 0, attempts 1
location visible: true
