--TEST--
Reflection and objects: CustomerIterator is a final Iterator that only all() can make
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$class = new ReflectionClass(Cashfin\CustomerIterator::class);
var_dump($class->isFinal(), $class->isInstantiable(), $class->isCloneable(), $class->isIterable());
var_dump($class->implementsInterface(Iterator::class), $class->implementsInterface(Traversable::class));
var_dump($class->getInterfaceNames(), $class->getParentClass());
$constructor = $class->getConstructor();
var_dump($constructor->isPrivate());
foreach (['current', 'key', 'next', 'rewind', 'valid'] as $name) {
    $m = $class->getMethod($name);
    printf("%s %s(): %s, %d parameters\n", implode(' ', Reflection::getModifierNames($m->getModifiers())), $name,
        $m->getReturnType(), $m->getNumberOfParameters());
}

echo "-- only all() makes one --\n";
cf_try(fn () => new Cashfin\CustomerIterator());
cf_try(fn () => $class->newInstanceWithoutConstructor());
cf_try(fn () => $class->newInstance());

[$customers, $base] = cf_sandbox_client();
$iterator = $customers->all();
var_dump(get_class($iterator), $iterator instanceof Iterator);
cf_try(fn () => clone $iterator);
cf_try(fn () => serialize($iterator));
cf_try(fn () => unserialize('O:24:"Cashfin\CustomerIterator":0:{}'));
cf_try(function () use ($iterator) { $iterator->page = 3; });
cf_try(fn () => $iterator->__construct());
// all() itself sends nothing: pages are fetched when the iteration reaches them.
cf_requests_sent($base);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(8) "Iterator"
  [1]=>
  string(11) "Traversable"
}
bool(false)
bool(true)
public current(): mixed, 0 parameters
public key(): mixed, 0 parameters
public next(): void, 0 parameters
public rewind(): void, 0 parameters
public valid(): bool, 0 parameters
-- only all() makes one --
Error: Call to private Cashfin\CustomerIterator::__construct() from global scope
ReflectionException: Class Cashfin\CustomerIterator is an internal class marked as final that cannot be instantiated without invoking its constructor
ReflectionException: Access to non-public constructor of class Cashfin\CustomerIterator
string(24) "Cashfin\CustomerIterator"
bool(true)
Error: Trying to clone an uncloneable object of class Cashfin\CustomerIterator
Exception: Serialization of 'Cashfin\CustomerIterator' is not allowed
Exception: Unserialization of 'Cashfin\CustomerIterator' is not allowed
Error: Cannot create dynamic property Cashfin\CustomerIterator::$page
Error: Call to private method Cashfin\CustomerIterator::__construct() from global scope
requests sent: 0
