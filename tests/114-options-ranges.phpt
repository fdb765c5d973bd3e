--TEST--
Options: out-of-range constructor option values are a ValueError naming the option
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$cases = [
    ['timeout', 0],
    ['timeout', 0.0],
    ['timeout', -1],
    ['timeout', -0.5],
    ['timeout', NAN],
    ['timeout', INF],
    ['timeout', -INF],
    ['timeout', 86401],
    ['timeout', 86400.001],
    ['timeout', PHP_INT_MAX],
    ['connect_timeout', 0],
    ['connect_timeout', -1],
    ['connect_timeout', NAN],
    ['connect_timeout', INF],
    ['connect_timeout', 86401],
    ['max_retries', -1],
    ['max_retries', 11],
    ['max_retries', PHP_INT_MAX],
    ['max_retries', PHP_INT_MIN],
    ['max_retry_delay', -1],
    ['max_retry_delay', -0.001],
    ['max_retry_delay', 300.5],
    ['max_retry_delay', 301],
    ['max_retry_delay', NAN],
    ['max_retry_delay', INF],
    ['max_response_bytes', 1023],
    ['max_response_bytes', 0],
    ['max_response_bytes', -1],
    ['max_response_bytes', 1024 * 1024 * 1024 + 1],
    ['max_response_bytes', PHP_INT_MAX],
    ['user_agent', str_repeat('u', 201)],
    ['user_agent', str_repeat('é', 101)],
    ['user_agent', ''],
    ['user_agent', "acme/1\r\nX-Injected: yes"],
    ['user_agent', "acme/1\0"],
    ['user_agent', "acme\t/1"],
    ['user_agent', "acme/1\x7F"],
    ['ca_info', __DIR__ . '/no-such-ca-bundle.pem'],
    ['ca_info', ''],
    ['ca_info', "/etc/ssl/certs/ca-certificates.crt\0.txt"],
    ['proxy', ''],
    ['proxy', 'http://proxy.example.test:3128 '],
    ['proxy', "http://proxy.example.test\n:3128"],
    ['base_url', ''],
    ['base_url', 'https://api.example.test/a b'],
    ['base_url', "https://api.example.test\r\n"],
    ['base_url', "https://api.example.test\0.evil.test"],
];
foreach ($cases as [$option, $value]) {
    cf_try(fn () => new Cashfin\Customers('cs_x', [$option => $value]));
}

echo "-- the first bad option is reported --\n";
cf_try(fn () => new Cashfin\Customers('cs_x', ['timeout' => 0, 'connect_timeout' => 'x']));
cf_try(fn () => new Cashfin\Customers('cs_x', ['connect_timeout' => 'x', 'timeout' => 0]));
--EXPECT--
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be greater than 0 and at most 86400 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be between 0 and 10
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be between 0 and 10
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be between 0 and 10
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be between 0 and 10
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retry_delay" must be at least 0 and at most 300 seconds
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_response_bytes" must be between 1024 and 1073741824
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be at most 200 bytes
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be at most 200 bytes
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must name a readable CA bundle file
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must be a non-empty string without control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be a non-empty string without spaces or control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be a non-empty string without spaces or control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be a non-empty string without spaces or control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be a non-empty string without spaces or control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be a non-empty string without spaces or control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be a non-empty string without spaces or control characters
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must be a non-empty string without spaces or control characters
-- the first bad option is reported --
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "timeout" must be greater than 0 and at most 86400 seconds
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "connect_timeout" must be of type float, string given
