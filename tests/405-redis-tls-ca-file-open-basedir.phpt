--TEST--
Redis store over TLS: a rediss:// URL's ca_file outside open_basedir is refused as ca_info is, as an option and in cashfin.rate_limit_store; one inside is accepted
--EXTENSIONS--
cashfin
--SKIPIF--
<?php
require __DIR__ . '/budget.inc';
if (!cf_redis_tls_built()) {
    die('skip ' . CF_REDIS_TLS_NOT_BUILT);
}
?>
--INI--
open_basedir={PWD}
--FILE--
<?php
$outside = 'rediss://:pw_SECRET_1@redis.internal?ca_file=/etc/hosts';
try {
    new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:9', 'rate_limit_store' => $outside]);
    echo "accepted\n";
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(ini_set('cashfin.rate_limit_store', $outside));
$inside = 'rediss://:pw_SECRET_2@redis.internal?ca_file=' . rawurlencode(__FILE__);
$client = new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:9', 'rate_limit_store' => $inside]);
echo "inside: ", str_contains(print_r($client, true), 'rediss://:***@redis.internal:6379/0?ca_file=' . __FILE__) ? 'accepted' : 'refused', "\n";
?>
--EXPECTF--
Warning: Cashfin\Customers::__construct(): open_basedir restriction in effect. File(/etc/hosts) is not within the allowed path(s): (%s) in %s on line %d
Cashfin\Customers::__construct(): Argument #2 ($options) option "rate_limit_store": the Redis URL's ca_file must name a readable CA file

Warning: ini_set(): open_basedir restriction in effect. File(/etc/hosts) is not within the allowed path(s): (%s) in %s on line %d

Warning: ini_set(): cashfin.rate_limit_store the Redis URL's ca_file must name a readable CA file; the setting keeps its value in %s on line %d
bool(false)
inside: accepted
