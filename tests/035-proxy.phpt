--TEST--
proxy: requests go through the given proxy, or through the one libcurl's http_proxy variable names
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// The sandbox stands in for a forward proxy: it logs the absolute-form target a proxy receives.
$proxy = cashfin_sandbox_start();

$client = new Cashfin\Customers('cs_test', ['base_url' => 'http://api.cashfin.invalid', 'allow_http' => true,
    'proxy' => $proxy, 'max_retries' => 0]);
try {
    $client->list();
} catch (Cashfin\Exception $e) {
    echo get_class($e), "\n"; // the stand-in proxy does not know absolute-form routes
}
foreach (cf_requests($proxy) as $request) {
    echo $request['method'], ' ', $request['path'], ' host=', $request['headers']['host'], "\n";
}

cf_clear_requests($proxy);
putenv("http_proxy=$proxy");
$fromEnvironment = new Cashfin\Customers('cs_test', ['base_url' => 'http://api.cashfin.invalid', 'allow_http' => true,
    'max_retries' => 0]);
try {
    $fromEnvironment->details('507f1f77bcf86cd799439011');
} catch (Cashfin\Exception $e) {
    echo get_class($e), "\n";
}
foreach (cf_requests($proxy) as $request) {
    echo $request['method'], ' ', $request['path'], "\n";
}
putenv('http_proxy');

foreach (['', 'http://proxy example:3128', "http://proxy\n"] as $bad) {
    try {
        new Cashfin\Customers('cs_test', ['base_url' => $proxy, 'proxy' => $bad]);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Cashfin\NotFoundException
GET http://api.cashfin.invalid/business/customer/list host=api.cashfin.invalid
Cashfin\NotFoundException
GET http://api.cashfin.invalid/business/customer/details/507f1f77bcf86cd799439011
Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be a non-empty string without spaces or control characters
Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be a non-empty string without spaces or control characters
Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be a non-empty string without spaces or control characters
