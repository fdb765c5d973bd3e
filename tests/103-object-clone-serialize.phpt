--TEST--
Objects: a Customers client cannot be cloned, serialized or unserialized
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$client = new Cashfin\Customers(CF_TEST_SECRET);

cf_try(fn () => clone $client);
cf_try(fn () => serialize($client));
cf_try(fn () => serialize(['nested' => [$client]]));
// Crafted strings in every object format PHP knows; none may produce a client.
cf_try(fn () => unserialize('O:17:"Cashfin\Customers":0:{}'));
cf_try(fn () => unserialize('O:17:"Cashfin\Customers":1:{s:13:"client_secret";s:6:"cs_abc";}'));
cf_try(fn () => unserialize('C:17:"Cashfin\Customers":0:{}'));
cf_try(fn () => unserialize('a:1:{i:0;O:17:"Cashfin\Customers":0:{}}'));
cf_try(fn () => unserialize('O:17:"Cashfin\Customers":0:{}', ['allowed_classes' => [Cashfin\Customers::class]]));
// Without the class allowed, PHP makes an incomplete class: that is no client either.
$object = unserialize('O:17:"Cashfin\Customers":0:{}', ['allowed_classes' => false]);
var_dump(get_class($object), $object instanceof Cashfin\Customers);
// __set_state is not a way in either.
cf_try(fn () => Cashfin\Customers::__set_state([]));
var_dump(method_exists($client, '__serialize'), method_exists($client, '__unserialize'), method_exists($client, '__wakeup'));
--EXPECT--
Error: Trying to clone an uncloneable object of class Cashfin\Customers
Exception: Serialization of 'Cashfin\Customers' is not allowed
Exception: Serialization of 'Cashfin\Customers' is not allowed
Exception: Unserialization of 'Cashfin\Customers' is not allowed
Exception: Unserialization of 'Cashfin\Customers' is not allowed
Exception: Unserialization of 'Cashfin\Customers' is not allowed
Exception: Unserialization of 'Cashfin\Customers' is not allowed
Exception: Unserialization of 'Cashfin\Customers' is not allowed
string(22) "__PHP_Incomplete_Class"
bool(false)
Error: Call to undefined method Cashfin\Customers::__set_state()
bool(false)
bool(false)
bool(false)
