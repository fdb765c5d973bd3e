--TEST--
Objects: a Customers client has no properties and takes no dynamic ones
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$client = new Cashfin\Customers(CF_TEST_SECRET, ['base_url' => 'https://api.example.test']);

cf_try(function () use ($client) { $client->base_url = 'https://evil.example'; });
cf_try(function () use ($client) { $client->client_secret = 'cs_other'; });
cf_try(function () use ($client) { $client->{'0'} = 1; });
cf_try(function () use ($client) { $client->list[] = 1; });
cf_try(function () use ($client) { $ref = &$client->timeout; });
var_dump(isset($client->base_url), property_exists($client, 'base_url'), property_exists($client, 'client_secret'));
// What the debug view shows is not a property.
var_dump($client->client_secret);
var_dump((array) $client, get_object_vars($client), json_encode($client));
foreach ($client as $name => $value) {
    echo "iterated: $name\n";
}
var_dump((new ReflectionObject($client))->getProperties());
// The object still works as configured after all that.
var_dump($client->all() instanceof Cashfin\CustomerIterator);
var_dump(str_contains(print_r($client, true), 'https://api.example.test'));
var_dump(str_contains(print_r($client, true), 'evil'));
--EXPECTF--
Error: Cannot create dynamic property Cashfin\Customers::$base_url
Error: Cannot create dynamic property Cashfin\Customers::$client_secret
Error: Cannot create dynamic property Cashfin\Customers::$0
Error: Cannot create dynamic property Cashfin\Customers::$list
Error: Cannot create dynamic property Cashfin\Customers::$timeout
bool(false)
bool(false)
bool(false)

Warning: Undefined property: Cashfin\Customers::$client_secret in %s on line %d
NULL
array(0) {
}
array(0) {
}
string(2) "{}"
array(0) {
}
bool(true)
bool(true)
bool(false)
