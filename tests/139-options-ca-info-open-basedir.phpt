--TEST--
Options: ca_info outside open_basedir is refused like an unreadable file
--EXTENSIONS--
cashfin
--INI--
open_basedir={PWD}
--FILE--
<?php
try {
    new Cashfin\Customers('cs_x', ['ca_info' => '/etc/hosts']);
    echo "accepted\n";
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
// Inside open_basedir the same check passes.
$client = new Cashfin\Customers('cs_x', ['ca_info' => __FILE__]);
var_dump(str_contains(print_r($client, true), '[ca_info] => ' . __FILE__));
--EXPECTF--
Warning: Cashfin\Customers::__construct(): open_basedir restriction in effect. File(/etc/hosts) is not within the allowed path(s): (%s) in %s on line %d
Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must name a readable CA bundle file
bool(true)
