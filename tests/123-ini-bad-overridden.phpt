--TEST--
INI: a bad cashfin.* default does not matter when the constructor option replaces it
--DESCRIPTION--
The INI entries only give defaults. A bad default that an option overrides is never used, so the
client is constructed; this already holds for max_retries and base_url and must hold for the
timeouts too. The bad default still fails for clients that rely on it.
--EXTENSIONS--
cashfin
--INI--
cashfin.timeout=0
cashfin.connect_timeout=-1
cashfin.max_retries=99
cashfin.base_url=http://example.com
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$all = ['timeout' => 5, 'connect_timeout' => 2, 'max_retries' => 1, 'base_url' => 'https://api.example.test'];
$client = cf_try(fn () => new Cashfin\Customers('cs_x', $all));
if ($client) {
    preg_match_all('/\[(timeout|connect_timeout|max_retries|base_url)\] => (.*)\n/', print_r($client, true), $m, PREG_SET_ORDER);
    echo implode(', ', array_map(fn ($x) => "$x[1]=$x[2]", $m)), "\n";
}
// Each bad default on its own, overridden: only the others are bad now.
foreach (array_keys($all) as $name) {
    echo "without $name: ";
    $options = $all;
    unset($options[$name]);
    cf_try(fn () => new Cashfin\Customers('cs_x', $options));
}
--EXPECTF--
ok
base_url=https://api.example.test, timeout=5, connect_timeout=2, max_retries=1
without timeout: ValueError: %Scashfin.timeout%s
without connect_timeout: ValueError: %Scashfin.connect_timeout%s
without max_retries: ValueError: cashfin.max_retries must be between 0 and 10
without base_url: ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" (or cashfin.base_url) must use https:// (http:// is accepted for loopback hosts, or with allow_http)
