--TEST--
Options: a base_url ending in an empty fragment ("#") is rejected like any fragment
--DESCRIPTION--
"https://api.example.test#" would turn every request path into a fragment
("https://api.example.test#/business/customer/list"), so the request would go to "/".
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

foreach (['https://api.example.test#', 'https://api.example.test/#', 'https://api.example.test/#top'] as $url) {
    cf_try(fn () => new Cashfin\Customers('cs_x', ['base_url' => $url]));
}

// What an accepted "#" would do: the request reaches "/", not the API path.
$base = cashfin_sandbox_start();
try {
    (new Cashfin\Customers('cs_x', ['base_url' => "$base#", 'max_retries' => 0]))->list();
} catch (Throwable $e) {
}
echo 'requests: ', count(cf_requests($base)), "\n";
--EXPECT--
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not have a query or a fragment
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not have a query or a fragment
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not have a query or a fragment
requests: 0
