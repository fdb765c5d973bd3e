--TEST--
INI: phpinfo() has a cashfin section with the extension, libcurl and cJSON versions and the INI entries
--EXTENSIONS--
cashfin
--INI--
cashfin.max_retries=4
cashfin.base_url=https://ini.example.test
--FILE--
<?php
ini_set('cashfin.timeout', '7.5');
ini_set('cashfin.persistent', '0');

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
// From the section title to the next module's title.
if (!preg_match('/^cashfin\n\n(.*?)\n\n(?=[A-Za-z_ ]+\n\n)/ms', $info, $m)) {
    echo "no cashfin section\n";
    exit;
}
echo $m[1], "\n";
echo "--\n";
var_dump(str_contains($m[1], 'Extension version => ' . phpversion('cashfin') . "\n"));
var_dump(phpversion('cashfin') === (new ReflectionExtension('cashfin'))->getVersion());
var_dump(!extension_loaded('curl') || str_contains($m[1], 'libcurl version => ' . curl_version()['version'] . "\n"));
--EXPECTF--
Cashfin Customers API client => enabled
Extension version => %s
libcurl version => %s
libcurl TLS backend => %s
cJSON version => %d.%d.%d
Idle pooled connections => %d
Rate-limit stores => %s

Directive => Local Value => Master Value
cashfin.base_url => https://ini.example.test => https://ini.example.test
cashfin.connect_timeout => 10 => 10
cashfin.host_budget_namespace => no value => no value
cashfin.max_retries => 4 => 4
cashfin.persistent => Off => On
cashfin.rate_limit_store => no value => no value
cashfin.timeout => 7.5 => 30
--
bool(true)
bool(true)
bool(true)
