--TEST--
INI: built-in defaults, ini_set() at runtime for new clients, existing clients unchanged, ini_restore()
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function settings(Cashfin\Customers $client): string
{
    ob_start();
    var_dump($client);
    preg_match_all('/\["(base_url|timeout|connect_timeout|max_retries|persistent)"\]=>\n  ([^\n]*)/', ob_get_clean(), $m, PREG_SET_ORDER);
    return implode(', ', array_map(fn ($x) => "$x[1]=$x[2]", $m));
}

echo "-- built-in defaults --\n";
foreach (['base_url', 'timeout', 'connect_timeout', 'max_retries', 'persistent'] as $name) {
    echo "cashfin.$name = ", var_export(ini_get("cashfin.$name"), true), "\n";
}
$before = new Cashfin\Customers('cs_x');
echo settings($before), "\n";

echo "-- ini_set --\n";
var_dump(ini_set('cashfin.base_url', 'http://127.0.0.1:9/api'));
var_dump(ini_set('cashfin.timeout', '2.25'));
var_dump(ini_set('cashfin.connect_timeout', '0.5'));
var_dump(ini_set('cashfin.max_retries', '0'));
var_dump(ini_set('cashfin.persistent', 'off'));
$after = new Cashfin\Customers('cs_x');
echo settings($after), "\n";
// A client keeps the settings it was made with.
echo settings($before), "\n";
// Options still win over the runtime INI values.
echo settings(new Cashfin\Customers('cs_x', ['timeout' => 9, 'persistent' => true])), "\n";

echo "-- ini_restore --\n";
foreach (['base_url', 'timeout', 'connect_timeout', 'max_retries', 'persistent'] as $name) {
    ini_restore("cashfin.$name");
}
echo settings(new Cashfin\Customers('cs_x')), "\n";
echo settings($after), "\n";

echo "-- persistent accepts the usual boolean spellings --\n";
foreach (['1', '0', 'on', 'off', 'yes', 'no', 'true', 'false', ''] as $value) {
    ini_set('cashfin.persistent', $value);
    preg_match('/persistent=(\S+)/', settings(new Cashfin\Customers('cs_x')), $m);
    echo var_export($value, true), ' -> ', $m[1], "\n";
}
--EXPECT--
-- built-in defaults --
cashfin.base_url = 'https://api.cashfin.africa'
cashfin.timeout = '30'
cashfin.connect_timeout = '10'
cashfin.max_retries = '2'
cashfin.persistent = '1'
base_url=string(26) "https://api.cashfin.africa", timeout=float(30), connect_timeout=float(10), max_retries=int(2), persistent=bool(true)
-- ini_set --
string(26) "https://api.cashfin.africa"
string(2) "30"
string(2) "10"
string(1) "2"
string(1) "1"
base_url=string(22) "http://127.0.0.1:9/api", timeout=float(2.25), connect_timeout=float(0.5), max_retries=int(0), persistent=bool(false)
base_url=string(26) "https://api.cashfin.africa", timeout=float(30), connect_timeout=float(10), max_retries=int(2), persistent=bool(true)
base_url=string(22) "http://127.0.0.1:9/api", timeout=float(9), connect_timeout=float(0.5), max_retries=int(0), persistent=bool(true)
-- ini_restore --
base_url=string(26) "https://api.cashfin.africa", timeout=float(30), connect_timeout=float(10), max_retries=int(2), persistent=bool(true)
base_url=string(22) "http://127.0.0.1:9/api", timeout=float(2.25), connect_timeout=float(0.5), max_retries=int(0), persistent=bool(false)
-- persistent accepts the usual boolean spellings --
'1' -> bool(true)
'0' -> bool(false)
'on' -> bool(true)
'off' -> bool(false)
'yes' -> bool(true)
'no' -> bool(false)
'true' -> bool(true)
'false' -> bool(false)
'' -> bool(false)
