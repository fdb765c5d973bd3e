--TEST--
Options: a constructor option of the wrong type is a TypeError naming the option
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1); // numeric strings are TypeErrors for a strict caller (tests/143 for the others)
require __DIR__ . '/local-checks.inc';

$cases = [
    ['base_url', 123],
    ['base_url', null],
    ['base_url', ['https://api.example.test']],
    ['timeout', '5'],
    ['timeout', null],
    ['timeout', true],
    ['connect_timeout', []],
    ['connect_timeout', '1.5'],
    ['max_retries', 1.0],
    ['max_retries', '2'],
    ['max_retries', null],
    ['max_retries', false],
    ['max_retry_delay', '1'],
    ['max_retry_delay', null],
    ['max_retry_delay', false],
    ['max_response_bytes', 1024.0],
    ['max_response_bytes', '1024'],
    ['max_response_bytes', null],
    ['on_response', 'no_such_function'],
    ['on_response', 'Cashfin\Customers::nope'],
    ['on_response', [new stdClass(), 'missing']],
    ['on_response', new stdClass()],
    ['on_response', 42],
    ['on_response', null],
    ['on_response', true],
    ['persistent', 1],
    ['persistent', 'yes'],
    ['persistent', null],
    ['ca_info', false],
    ['ca_info', new SplFileInfo(__FILE__)],
    ['proxy', 0],
    ['proxy', null],
    ['user_agent', new class { public function __toString(): string { return 'ua'; } }],
    ['user_agent', 1.5],
    ['allow_http', 'true'],
    ['allow_http', 1],
    ['allow_http', null],
];
foreach ($cases as [$option, $value]) {
    cf_try(fn () => new Cashfin\Customers('cs_x', [$option => $value]));
}

echo "-- a reference to a wrong type is still wrong --\n";
$value = '30';
cf_try(fn () => new Cashfin\Customers('cs_x', ['timeout' => &$value]));

echo "-- the arguments themselves --\n";
cf_try(fn () => new Cashfin\Customers('cs_x', 'base_url=https://x'));
cf_try(fn () => new Cashfin\Customers('cs_x', null));
cf_try(fn () => new Cashfin\Customers(['cs_x']));
cf_try(fn () => new Cashfin\Customers(new stdClass()));
--EXPECT--
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be of type string, int given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be of type string, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be of type string, array given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be of type float, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be of type float, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be of type float, bool given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be of type float, array given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be of type float, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be of type int, float given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be of type int, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be of type int, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be of type int, bool given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be of type float, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be of type float, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be of type float, bool given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be of type int, float given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be of type int, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be of type int, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, array given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, stdClass given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, int given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "on_response" must be a valid callback, bool given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "persistent" must be of type bool, int given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "persistent" must be of type bool, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "persistent" must be of type bool, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must be of type string, bool given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must be of type string, SplFileInfo given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be of type string, int given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be of type string, null given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be of type string, class@anonymous given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be of type string, float given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "allow_http" must be of type bool, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "allow_http" must be of type bool, int given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "allow_http" must be of type bool, null given
-- a reference to a wrong type is still wrong --
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be of type float, string given
-- the arguments themselves --
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) must be of type array, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) must be of type array, null given
TypeError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be of type ?string, array given
TypeError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be of type ?string, stdClass given
