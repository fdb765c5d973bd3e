--TEST--
INI: a bad cashfin.* value is a ValueError when a client is constructed
--EXTENSIONS--
cashfin
--INI--
cashfin.max_retries=99
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

echo "-- from php.ini --\n";
var_dump(ini_get('cashfin.max_retries'));
cf_try(fn () => new Cashfin\Customers('cs_x'));
ini_set('cashfin.max_retries', '2');
cf_try(fn () => new Cashfin\Customers('cs_x'));

$cases = [
    ['timeout', '0'],
    ['timeout', '-5'],
    ['timeout', '86401'],
    ['timeout', 'abc'],
    ['timeout', 'nan'],
    ['timeout', 'inf'],
    ['connect_timeout', '0'],
    ['connect_timeout', '-0.5'],
    ['connect_timeout', '100000'],
    ['max_retries', '99'],
    ['max_retries', '11'],
    ['max_retries', '-1'],
    ['base_url', 'http://example.com'],
    ['base_url', 'ftp://api.example.test'],
    ['base_url', 'https://api.example.test/?x=1'],
    ['base_url', 'https://user:pass@api.example.test'],
    ['base_url', 'api.example.test'],
    ['base_url', ''],
    ['base_url', '/'],
];
// php.ini's own value is bad here, so ini_restore() would bring it back: reset explicitly.
$good = ['timeout' => '30', 'connect_timeout' => '10', 'max_retries' => '2', 'base_url' => 'https://api.cashfin.africa'];
echo "-- from ini_set --\n";
foreach ($cases as [$name, $value]) {
    ini_set("cashfin.$name", $value);
    echo "cashfin.$name=", var_export($value, true), ': ';
    cf_try(fn () => new Cashfin\Customers('cs_x'));
    ini_set("cashfin.$name", $good[$name]);
}
echo "-- reset --\n";
cf_try(fn () => new Cashfin\Customers('cs_x'));
echo "-- allow_http lets an http INI base_url through --\n";
ini_set('cashfin.base_url', 'http://example.com');
cf_try(fn () => new Cashfin\Customers('cs_x', ['allow_http' => true]));
--EXPECT--
-- from php.ini --
string(2) "99"
ValueError: cashfin.max_retries must be between 0 and 10
ok
-- from ini_set --
cashfin.timeout='0': ValueError: cashfin.timeout must be greater than 0 and at most 86400 seconds
cashfin.timeout='-5': ValueError: cashfin.timeout must be greater than 0 and at most 86400 seconds
cashfin.timeout='86401': ValueError: cashfin.timeout must be greater than 0 and at most 86400 seconds
cashfin.timeout='abc': ValueError: cashfin.timeout must be greater than 0 and at most 86400 seconds
cashfin.timeout='nan': ValueError: cashfin.timeout must be greater than 0 and at most 86400 seconds
cashfin.timeout='inf': ValueError: cashfin.timeout must be greater than 0 and at most 86400 seconds
cashfin.connect_timeout='0': ValueError: cashfin.connect_timeout must be greater than 0 and at most 86400 seconds
cashfin.connect_timeout='-0.5': ValueError: cashfin.connect_timeout must be greater than 0 and at most 86400 seconds
cashfin.connect_timeout='100000': ValueError: cashfin.connect_timeout must be greater than 0 and at most 86400 seconds
cashfin.max_retries='99': ValueError: cashfin.max_retries must be between 0 and 10
cashfin.max_retries='11': ValueError: cashfin.max_retries must be between 0 and 10
cashfin.max_retries='-1': ValueError: cashfin.max_retries must be between 0 and 10
cashfin.base_url='http://example.com': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must use https:// (http:// is accepted for loopback hosts, or with allow_http)
cashfin.base_url='ftp://api.example.test': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must use https:// (http:// is accepted for loopback hosts, or with allow_http)
cashfin.base_url='https://api.example.test/?x=1': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must not have a query or a fragment
cashfin.base_url='https://user:pass@api.example.test': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must not carry credentials
cashfin.base_url='api.example.test': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must be an absolute URL such as https://api.cashfin.africa
cashfin.base_url='': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must be a URL
cashfin.base_url='/': ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must be a URL
-- reset --
ok
-- allow_http lets an http INI base_url through --
ok
