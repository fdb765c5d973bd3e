--TEST--
Objects: clone() with properties (PHP 8.5) cannot copy a Customers client or its iterator either
--DESCRIPTION--
PHP 8.5 added clone($object, $withProperties) and a second clone handler behind it, whose standard
version starts from clone_obj; the extension clears both (cashfin_forbid_clone). CI runs PHP 8.2 and
8.4, where this test is skipped: it runs where PHP 8.5 does.
--SKIPIF--
<?php
if (PHP_VERSION_ID < 80500) {
    die('skip clone() with properties exists from PHP 8.5');
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$client = new Cashfin\Customers(CF_TEST_SECRET);
$pager = $client->all();
// Through a variable function: the call compiles on every PHP, and on 8.5 reaches clone().
$clone = 'clone';
cf_try(fn () => $clone($client));
cf_try(fn () => $clone($client, ['secret' => 'cs_other']));
cf_try(fn () => $clone($pager, ['page' => 2]));
cf_try(fn () => clone $pager);
--EXPECT--
Error: Trying to clone an uncloneable object of class Cashfin\Customers
Error: Trying to clone an uncloneable object of class Cashfin\Customers
Error: Trying to clone an uncloneable object of class Cashfin\CustomerIterator
Error: Trying to clone an uncloneable object of class Cashfin\CustomerIterator
