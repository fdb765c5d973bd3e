--TEST--
INI: bad cashfin.* values in an ini file are refused at startup with a warning, and the built-in defaults stand
--EXTENSIONS--
cashfin
--INI--
cashfin.max_retries=99
cashfin.timeout=-5
cashfin.connect_timeout=abc
cashfin.base_url=ftp://api.example.test
--FILE--
<?php
foreach (['base_url', 'timeout', 'connect_timeout', 'max_retries'] as $name) {
    echo "cashfin.$name = ", var_export(ini_get("cashfin.$name"), true), "\n";
}
preg_match_all('/\["(base_url|timeout|connect_timeout|max_retries)"\]=>\n  ([^\n]*)/', (function () {
    ob_start();
    var_dump(new Cashfin\Customers('cs_x'));
    return ob_get_clean();
})(), $m, PREG_SET_ORDER);
echo implode(', ', array_map(fn ($x) => "$x[1]=$x[2]", $m)), "\n";
?>
--EXPECTF--
%AWarning: PHP Startup: cashfin.base_url must use https:// (http:// is accepted for loopback hosts, or with allow_http); the built-in default is used in Unknown on line 0
%AWarning: PHP Startup: cashfin.timeout must be greater than 0 and at most 86400 seconds; the built-in default is used in Unknown on line 0
%AWarning: PHP Startup: cashfin.connect_timeout must be greater than 0 and at most 86400 seconds; the built-in default is used in Unknown on line 0
%AWarning: PHP Startup: cashfin.max_retries must be an integer from 0 to 10; the built-in default is used in Unknown on line 0
cashfin.base_url = 'https://api.cashfin.africa'
cashfin.timeout = '30'
cashfin.connect_timeout = '10'
cashfin.max_retries = '2'
base_url=string(26) "https://api.cashfin.africa", timeout=float(30), connect_timeout=float(10), max_retries=int(2)
