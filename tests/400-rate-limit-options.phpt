--TEST--
Rate-limit options: rate_limit_store ('process', 'host', redis://, rediss://, unix://, the default), requests_per_second 'auto', bulk_share (0..1), INI cashfin.rate_limit_store and cashfin.host_budget_namespace checked when set; a Redis password never shown (debug view, dumps, exceptions, traces, phpinfo)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function made(array $options): string
{
    try {
        $client = new Cashfin\Customers('cs_x', $options + ['base_url' => 'http://127.0.0.1:9']);
        $shown = cf_debug($client);
        return 'store ' . var_export($shown['rate_limit_store'], true) . ', rate ' . var_export($shown['requests_per_second'], true)
            . ', bulk_share ' . var_export($shown['bulk_share'], true);
    } catch (Throwable $e) {
        return str_contains((string) $e, 'pw_SECRET') ? 'the password shown' : get_class($e) . ': ' . $e->getMessage();
    }
}

function label(array $options): string
{
    return '[' . implode(', ', array_map(fn ($k, $v) => "$k => " . var_export($v, true), array_keys($options), $options)) . ']';
}

function cf_debug(object $client): array
{
    ob_start();
    var_dump($client);
    preg_match_all('/\["(\w+)"\]=>\n\s+(?:string\(\d+\) "([^"]*)"|float\(([^)]*)\)|(NULL))/', ob_get_clean(), $m, PREG_SET_ORDER);
    $shown = [];
    foreach ($m as $row) {
        $shown[$row[1]] = $row[4] ?? '' ? null : (($row[3] ?? '') !== '' ? (float) $row[3] : $row[2]);
    }
    return $shown;
}

echo "-- the store --\n";
foreach ([[], ['requests_per_second' => 5], ['requests_per_second' => 'auto'], ['rate_limit_store' => 'process', 'requests_per_second' => 5],
          ['rate_limit_store' => 'host'], ['rate_limit_store' => 'redis://127.0.0.1:6390'],
          ['rate_limit_store' => 'redis://:pw_SECRET_1@127.0.0.1:6390/3'], ['rate_limit_store' => 'redis://app:pw_SECRET_2@[::1]/2'],
          ['rate_limit_store' => 'unix://:pw_SECRET_3@/run/redis/redis.sock?db=4'], ['rate_limit_store' => 'REDIS://h'],
          ['bulk_share' => 0], ['bulk_share' => 1], ['bulk_share' => '0.5']] as $options) {
    echo label($options), ': ', made($options), "\n";
}

echo "-- refused --\n";
foreach ([['rate_limit_store' => 'Host'], ['rate_limit_store' => ''], ['rate_limit_store' => 'memcached://h'], ['rate_limit_store' => 5],
          ['rate_limit_store' => 'redis://:pw_SECRET_4@h:0'], ['rate_limit_store' => 'redis://:pw_SECRET_5@h/x'],
          ['rate_limit_store' => 'unix://:pw_SECRET_6@relative.sock'], ['requests_per_second' => 'AUTO'], ['requests_per_second' => 'fast'],
          ['requests_per_second' => null], ['bulk_share' => -0.1], ['bulk_share' => 1.5], ['bulk_share' => NAN], ['bulk_share' => 'most']] as $options) {
    echo label($options), ': ', str_replace('Cashfin\Customers::__construct(): Argument #2 ($options) ', '', made($options)), "\n";
}
// rediss:// is accepted when hiredis has TLS; this build says why not otherwise, without the URL.
$tls = made(['rate_limit_store' => 'rediss://:pw_SECRET_7@h:6380']);
echo 'rediss: ', str_contains($tls, 'pw_SECRET') ? 'password shown' : (str_contains($tls, 'rediss:// is not supported') ? 'refused by this build, saying why' : $tls), "\n";

echo "-- the password is never shown --\n";
$client = new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:9', 'rate_limit_store' => 'redis://user:pw_SECRET_8@127.0.0.1:6390/1']);
ob_start();
var_dump($client);
print_r($client);
var_export($client);
debug_zval_dump($client);
echo json_encode($client), (string) json_encode((array) $client);
$dumps = ob_get_clean();
echo "dumps: ", str_contains($dumps, 'pw_SECRET') ? 'shown' : 'not shown', ", shown as: ", cf_debug($client)['rate_limit_store'], "\n";
function construct(array $options) { return new Cashfin\Customers('cs_x', $options); }
try {
    construct(['base_url' => 'http://127.0.0.1:9', 'rate_limit_store' => 'redis://:pw_SECRET_9@h:99999']);
} catch (ValueError $e) {
    echo "exception and trace: ", str_contains($e->getMessage() . $e->getTraceAsString() . $e, 'pw_SECRET') ? 'shown' : 'not shown', "\n";
}

echo "-- INI --\n";
var_dump(ini_get('cashfin.rate_limit_store'));
var_dump(ini_set('cashfin.rate_limit_store', 'nowhere'));
var_dump(ini_set('cashfin.rate_limit_store', 'redis://:pw_SECRET_10@127.0.0.1:6391/5'));
echo 'default from INI: ', made([]), "\n";
echo 'the option wins: ', made(['rate_limit_store' => 'process']), "\n";
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
echo "phpinfo: ", str_contains($info, 'pw_SECRET') ? 'shown' : 'not shown', "; ", preg_match('/^cashfin.rate_limit_store => .*$/m', $info, $m) ? $m[0] : 'no row', "\n";
ini_set('cashfin.rate_limit_store', '');
var_dump(ini_set('cashfin.host_budget_namespace', 'group-a.1'));
var_dump(ini_set('cashfin.host_budget_namespace', 'no spaces'));
var_dump(ini_set('cashfin.host_budget_namespace', str_repeat('x', 65)));
var_dump(ini_get('cashfin.host_budget_namespace'));
?>
--EXPECTF--
-- the store --
[]: store 'process', rate NULL, bulk_share 0.8
[requests_per_second => 5]: store 'host', rate 5.0, bulk_share 0.8
[requests_per_second => 'auto']: store 'host', rate 'auto', bulk_share 0.8
[rate_limit_store => 'process', requests_per_second => 5]: store 'process', rate 5.0, bulk_share 0.8
[rate_limit_store => 'host']: store 'host', rate NULL, bulk_share 0.8
[rate_limit_store => 'redis://127.0.0.1:6390']: store 'redis://127.0.0.1:6390/0', rate NULL, bulk_share 0.8
[rate_limit_store => 'redis://:pw_SECRET_1@127.0.0.1:6390/3']: store 'redis://:***@127.0.0.1:6390/3', rate NULL, bulk_share 0.8
[rate_limit_store => 'redis://app:pw_SECRET_2@[::1]/2']: store 'redis://app:***@[::1]:6379/2', rate NULL, bulk_share 0.8
[rate_limit_store => 'unix://:pw_SECRET_3@/run/redis/redis.sock?db=4']: store 'unix://:***@/run/redis/redis.sock?db=4', rate NULL, bulk_share 0.8
[rate_limit_store => 'REDIS://h']: store 'redis://h:6379/0', rate NULL, bulk_share 0.8
[bulk_share => 0]: store 'process', rate NULL, bulk_share 0.0
[bulk_share => 1]: store 'process', rate NULL, bulk_share 1.0
[bulk_share => '0.5']: store 'process', rate NULL, bulk_share 0.5
-- refused --
[rate_limit_store => 'Host']: ValueError: option "rate_limit_store" must be "process", "host" or a redis://, rediss:// or unix:// URL
[rate_limit_store => '']: ValueError: option "rate_limit_store" must be "process", "host" or a redis://, rediss:// or unix:// URL
[rate_limit_store => 'memcached://h']: ValueError: option "rate_limit_store" must be "process", "host" or a redis://, rediss:// or unix:// URL
[rate_limit_store => 5]: TypeError: option "rate_limit_store" must be of type string, int given
[rate_limit_store => 'redis://:pw_SECRET_4@h:0']: ValueError: option "rate_limit_store": %s
[rate_limit_store => 'redis://:pw_SECRET_5@h/x']: ValueError: option "rate_limit_store": %s
[rate_limit_store => 'unix://:pw_SECRET_6@relative.sock']: ValueError: option "rate_limit_store": %s
[requests_per_second => 'AUTO']: ValueError: option "requests_per_second" must be a number or "auto"
[requests_per_second => 'fast']: ValueError: option "requests_per_second" must be a number or "auto"
[requests_per_second => NULL]: TypeError: option "requests_per_second" must be of type float, %s given
[bulk_share => -0.1]: ValueError: option "bulk_share" must be at least 0 and at most 1
[bulk_share => 1.5]: ValueError: option "bulk_share" must be at least 0 and at most 1
[bulk_share => NAN]: ValueError: option "bulk_share" must be at least 0 and at most 1
[bulk_share => 'most']: TypeError: option "bulk_share" must be of type float, string given
rediss: refused by this build, saying why
-- the password is never shown --
dumps: not shown, shown as: redis://user:***@127.0.0.1:6390/1
exception and trace: not shown
-- INI --
string(0) ""

Warning: ini_set(): cashfin.rate_limit_store must be "process", "host" or a redis://, rediss:// or unix:// URL; the setting keeps its value in %s on line %d
bool(false)
string(0) ""
default from INI: store 'redis://:***@127.0.0.1:6391/5', rate NULL, bulk_share 0.8
the option wins: store 'process', rate NULL, bulk_share 0.8
phpinfo: not shown; cashfin.rate_limit_store => redis://:***@127.0.0.1:6391/5 => no value
string(0) ""

Warning: ini_set(): cashfin.host_budget_namespace must be at most 64 letters, digits, '.', '_' or '-'; the setting keeps its value in %s on line %d
bool(false)

Warning: ini_set(): cashfin.host_budget_namespace must be at most 64 letters, digits, '.', '_' or '-'; the setting keeps its value in %s on line %d
bool(false)
string(9) "group-a.1"
