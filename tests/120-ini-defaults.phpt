--TEST--
INI: cashfin.* entries from php.ini give the defaults; constructor options override them
--EXTENSIONS--
cashfin
--INI--
cashfin.base_url=https://ini.example.test/base/
cashfin.timeout=12.5
cashfin.connect_timeout=3
cashfin.max_retries=5
cashfin.persistent=0
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

foreach (['base_url', 'timeout', 'connect_timeout', 'max_retries', 'persistent'] as $name) {
    var_dump(ini_get("cashfin.$name"));
}
echo settings(new Cashfin\Customers('cs_x')), "\n";
echo settings(new Cashfin\Customers('cs_x', [
    'base_url' => 'https://option.example.test',
    'timeout' => 1,
    'connect_timeout' => 0.5,
    'max_retries' => 0,
    'persistent' => true,
])), "\n";
// One option overrides one default; the rest still come from the INI.
echo settings(new Cashfin\Customers('cs_x', ['max_retries' => 1])), "\n";

echo "-- the INI base_url is used for requests --\n";
$base = cashfin_sandbox_start();
ini_set('cashfin.base_url', "$base/");
ini_set('cashfin.max_retries', '0');
(new Cashfin\Customers('cs_x'))->list();
foreach (cf_requests($base) as $request) {
    echo $request['method'], ' ', $request['path'], "\n";
}
--EXPECT--
string(30) "https://ini.example.test/base/"
string(4) "12.5"
string(1) "3"
string(1) "5"
string(1) "0"
base_url=string(29) "https://ini.example.test/base", timeout=float(12.5), connect_timeout=float(3), max_retries=int(5), persistent=bool(false)
base_url=string(27) "https://option.example.test", timeout=float(1), connect_timeout=float(0.5), max_retries=int(0), persistent=bool(true)
base_url=string(29) "https://ini.example.test/base", timeout=float(12.5), connect_timeout=float(3), max_retries=int(1), persistent=bool(false)
-- the INI base_url is used for requests --
GET /business/customer/list
