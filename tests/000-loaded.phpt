--TEST--
The extension loads and registers its classes
--EXTENSIONS--
cashfin
--FILE--
<?php
var_dump(extension_loaded('cashfin'), class_exists(Cashfin\Customers::class), phpversion('cashfin'));
?>
--EXPECTF--
bool(true)
bool(true)
string(%d) "%d.%d.%d"
