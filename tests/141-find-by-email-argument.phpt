--TEST--
findByEmail(): an address the search cannot carry is a ValueError (a TypeError when not a string), and no request is sent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();

foreach ([
    'empty' => '',
    'invalid UTF-8' => "al\xC3ice@example.com",
    'a lone surrogate' => "al\xED\xA0\x80ice@example.com",
    'a newline' => "alice@example.com\r\nX-Injected: 1",
    'a tab' => "alice\t@example.com",
    'a NUL byte' => "alice@example.com\0",
    'DEL' => "alice\x7F@example.com",
    '255 characters' => str_repeat('a', 243) . '@example.com',
    '255 characters, 2 bytes each' => str_repeat('é', 243) . '@example.com',
] as $label => $email) {
    echo str_pad($label, 30);
    cf_try(fn () => $client->findByEmail($email));
}
echo str_pad('an array', 30);
cf_try(fn () => $client->findByEmail(['alice@example.com']));
echo str_pad('no argument', 30);
cf_try(fn () => $client->findByEmail());
var_dump($client->lastResponse());
cf_requests_sent($base);

echo "-- the longest address is sent --\n";
var_dump($client->findByEmail(str_repeat('é', 242) . '@example.com'));
var_dump($client->findByEmail(str_repeat('a', 242) . '@example.com'));
cf_requests_sent($base);

echo "-- not from the client's own on_response callback --\n";
$seen = null;
$observed = new Cashfin\Customers('cs_test_local', ['base_url' => $base, 'on_response' => function () use (&$observed, &$seen) {
    try {
        $observed->findByEmail('alice@example.com');
    } catch (Error $e) {
        $seen = get_class($e) . ': ' . $e->getMessage();
    }
}]);
var_dump($observed->findByEmail('alice@example.com'));
echo $seen, "\n";
cf_requests_sent($base);

echo "-- an int is coerced for a caller without strict_types, and refused with them --\n";
var_dump($client->findByEmail(5));
cf_requests_sent($base);
eval('declare(strict_types=1); cf_try(fn () => $GLOBALS["client"]->findByEmail(5));');
cf_requests_sent($base);
?>
--EXPECT--
empty                         ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must not be empty
invalid UTF-8                 ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must be valid UTF-8
a lone surrogate              ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must be valid UTF-8
a newline                     ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must not contain control characters
a tab                         ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must not contain control characters
a NUL byte                    ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must not contain control characters
DEL                           ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must not contain control characters
255 characters                ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must be at most 254 characters
255 characters, 2 bytes each  ValueError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must be at most 254 characters
an array                      TypeError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must be of type string, array given
no argument                   ArgumentCountError: Cashfin\Customers::findByEmail() expects exactly 1 argument, 0 given
NULL
requests sent: 0
-- the longest address is sent --
NULL
NULL
requests sent: 2
-- not from the client's own on_response callback --
NULL
Error: Cashfin\Customers cannot start a call from its own callback
requests sent: 1
-- an int is coerced for a caller without strict_types, and refused with them --
NULL
requests sent: 1
TypeError: Cashfin\Customers::findByEmail(): Argument #1 ($email) must be of type string, int given
requests sent: 0