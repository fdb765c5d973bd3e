--TEST--
Options: base_url is https, or http to a loopback host (or with allow_http); no query, fragment or credentials; trailing slashes trimmed
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function base_url_of(string $url, ?bool $allowHttp = null): void
{
    $options = ['base_url' => $url];
    if ($allowHttp !== null) {
        $options['allow_http'] = $allowHttp;
    }
    echo $url, $allowHttp === null ? '' : ' allow_http=' . var_export($allowHttp, true);
    try {
        preg_match('/\[base_url\] => (.*)\n/', print_r(new Cashfin\Customers('cs_x', $options), true), $m);
        echo ' -> ', $m[1], "\n";
    } catch (ValueError $e) {
        echo "\n  ", $e->getMessage(), "\n";
    }
}

echo "-- https anywhere --\n";
base_url_of('https://api.cashfin.africa');
base_url_of('https://api.example.test:8443/prefix');
base_url_of('HTTPS://API.EXAMPLE.TEST');
echo "-- trailing slashes are trimmed --\n";
base_url_of('https://api.example.test/');
base_url_of('https://api.example.test/v1///');
echo "-- http to loopback hosts --\n";
base_url_of('http://localhost');
base_url_of('http://localhost:8080/');
base_url_of('http://127.0.0.1');
base_url_of('http://127.0.0.1:9');
base_url_of('http://127.1.2.3');
base_url_of('http://127.255.255.255:1');
base_url_of('http://[::1]');
base_url_of('http://[::1]:8080');
echo "-- http elsewhere needs allow_http --\n";
base_url_of('http://example.com');
base_url_of('http://example.com', false);
base_url_of('http://example.com', true);
base_url_of('http://localhost.example.com');
base_url_of('http://127.0.0.1.nip.io');
base_url_of('http://127.0.0.1.1');
base_url_of('http://128.0.0.1');
base_url_of('http://10.0.0.1');
base_url_of('http://0.0.0.0');
base_url_of('http://[::2]');
echo "-- other schemes never --\n";
base_url_of('ftp://api.example.test');
base_url_of('ftp://api.example.test', true);
base_url_of('gopher://api.example.test', true);
base_url_of('file:///etc/passwd', true);
echo "-- no query, fragment or credentials --\n";
base_url_of('https://api.example.test/?a=1');
base_url_of('https://api.example.test?');
base_url_of('https://api.example.test/#top');
base_url_of('https://user:pass@api.example.test');
base_url_of('https://user@api.example.test');
base_url_of('https://:pass@api.example.test');
base_url_of('http://127.0.0.1:80@evil.example');
echo "-- not a URL --\n";
base_url_of('api.cashfin.africa');
base_url_of('//api.cashfin.africa');
base_url_of('https://');
base_url_of('/');
base_url_of('///');

echo "-- requests go to the trimmed base URL --\n";
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_x', ['base_url' => "$base///", 'max_retries' => 0]);
$client->list();
$prefixed = new Cashfin\Customers('cs_x', ['base_url' => "$base/prefix/", 'max_retries' => 0]);
try {
    $prefixed->list();
} catch (Cashfin\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
foreach (cf_requests($base) as $request) {
    echo $request['method'], ' ', $request['path'], "\n";
}
--EXPECT--
-- https anywhere --
https://api.cashfin.africa -> https://api.cashfin.africa
https://api.example.test:8443/prefix -> https://api.example.test:8443/prefix
HTTPS://API.EXAMPLE.TEST -> HTTPS://API.EXAMPLE.TEST
-- trailing slashes are trimmed --
https://api.example.test/ -> https://api.example.test
https://api.example.test/v1/// -> https://api.example.test/v1
-- http to loopback hosts --
http://localhost -> http://localhost
http://localhost:8080/ -> http://localhost:8080
http://127.0.0.1 -> http://127.0.0.1
http://127.0.0.1:9 -> http://127.0.0.1:9
http://127.1.2.3 -> http://127.1.2.3
http://127.255.255.255:1 -> http://127.255.255.255:1
http://[::1] -> http://[::1]
http://[::1]:8080 -> http://[::1]:8080
-- http elsewhere needs allow_http --
http://example.com
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://example.com allow_http=false
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://example.com allow_http=true -> http://example.com
http://localhost.example.com
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://127.0.0.1.nip.io
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://127.0.0.1.1
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://128.0.0.1
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://10.0.0.1
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://0.0.0.0
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://[::2]
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
-- other schemes never --
ftp://api.example.test
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
ftp://api.example.test allow_http=true
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
gopher://api.example.test allow_http=true
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
file:///etc/passwd allow_http=true
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be an absolute URL such as https://api.cashfin.africa
-- no query, fragment or credentials --
https://api.example.test/?a=1
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not have a query or a fragment
https://api.example.test?
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not have a query or a fragment
https://api.example.test/#top
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not have a query or a fragment
https://user:pass@api.example.test
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not carry credentials
https://user@api.example.test
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not carry credentials
https://:pass@api.example.test
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not carry credentials
http://127.0.0.1:80@evil.example
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must not carry credentials
-- not a URL --
api.cashfin.africa
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be an absolute URL such as https://api.cashfin.africa
//api.cashfin.africa
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be an absolute URL such as https://api.cashfin.africa
https://
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be an absolute URL such as https://api.cashfin.africa
/
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be a URL
///
  Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be a URL
-- requests go to the trimmed base URL --
Cashfin\NotFoundException: Route not found
GET /business/customer/list
GET /prefix/business/customer/list
