--TEST--
Objects: a client is constructed once; a failed constructor leaves no usable object
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
$before = print_r($client, true);

echo "-- a second __construct call is refused, whatever its arguments --\n";
cf_try(fn () => $client->__construct('cs_other', ['base_url' => 'https://other.example.test']));
cf_try(fn () => $client->__construct('bad secret'));
cf_try(fn () => $client->__construct(CF_TEST_SECRET, ['timeout' => -1]));
cf_try(fn () => $client->__construct());
// Nothing changed: same configuration, still talking to the sandbox.
var_dump(print_r($client, true) === $before);
var_dump($client->list()['pagination']['total']);
cf_requests_sent($base);

echo "-- a constructor that throws leaves nothing behind --\n";
$made = null;
try {
    $made = new Cashfin\Customers('cs_x', ['timeout' => 0]);
} catch (ValueError $e) {
    echo get_class($e), "\n";
}
var_dump($made);
// There is no other way to get an unconstructed client.
cf_try(fn () => (new ReflectionClass(Cashfin\Customers::class))->newInstanceWithoutConstructor());
cf_try(fn () => unserialize('O:17:"Cashfin\Customers":0:{}'));
cf_try(fn () => clone $client);

echo "-- ReflectionClass::newInstance runs the real constructor --\n";
$other = (new ReflectionClass(Cashfin\Customers::class))->newInstance('cs_x', ['base_url' => $base]);
var_dump($other->list()['pagination']['total']);
cf_try(fn () => (new ReflectionClass(Cashfin\Customers::class))->newInstance('cs x'));
cf_requests_sent($base);
--EXPECT--
-- a second __construct call is refused, whatever its arguments --
Error: Cashfin\Customers is already constructed
Error: Cashfin\Customers is already constructed
Error: Cashfin\Customers is already constructed
Error: Cashfin\Customers is already constructed
bool(true)
int(0)
requests sent: 1
-- a constructor that throws leaves nothing behind --
ValueError
NULL
ReflectionException: Class Cashfin\Customers is an internal class marked as final that cannot be instantiated without invoking its constructor
Exception: Unserialization of 'Cashfin\Customers' is not allowed
Error: Trying to clone an uncloneable object of class Cashfin\Customers
-- ReflectionClass::newInstance runs the real constructor --
int(0)
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
requests sent: 1
