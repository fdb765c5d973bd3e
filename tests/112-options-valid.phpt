--TEST--
Options: every constructor option is accepted with a valid value and shows in the debug view
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$client = new Cashfin\Customers('cs_x', [
    'base_url' => 'https://api.example.test/v2/',
    'timeout' => 2.5,
    'connect_timeout' => 1,
    'max_retries' => 0,
    'max_retry_delay' => 1.5,
    'max_response_bytes' => 65536,
    'persistent' => false,
    'ca_info' => __FILE__,
    'proxy' => 'http://proxy.example.test:3128',
    'user_agent' => 'acme-sync/2.1 (+https://acme.test)',
    'allow_http' => false,
    'on_response' => fn (array $event) => null,
    'logger' => new class { public function log($level, $message, array $context = []): void {} },
]);
var_dump($client);
$info = print_r($client, true);
$expected = sprintf('cashfin-php/%s PHP/%s curl/', phpversion('cashfin'), PHP_VERSION);
var_dump(preg_match('~\[user_agent\] => ' . preg_quote($expected, '~') . '\d+\.\d+\.\d+\S* acme-sync/2\.1 \(\+https://acme\.test\)\n~', $info));
var_dump(str_contains($info, '[ca_info] => ' . __FILE__ . "\n"));

echo "-- boundaries and other accepted forms --\n";
function show(array $options, array $keys): void
{
    ob_start();
    var_dump(new Cashfin\Customers('cs_x', $options));
    $dump = ob_get_clean();
    foreach ($keys as $key) {
        preg_match('~\["' . $key . '"\]=>\n  ([^\n]*)\n~', $dump, $m);
        echo "$key: ", $m[1] ?? '(missing)', "\n";
    }
}
show(['timeout' => 86400, 'connect_timeout' => 86400.0], ['timeout', 'connect_timeout']);
show(['timeout' => 0.001, 'connect_timeout' => 0.25], ['timeout', 'connect_timeout']);
show(['timeout' => 7, 'connect_timeout' => 3], ['timeout', 'connect_timeout']);
show(['max_retries' => 10], ['max_retries']);
show(['max_retries' => 0], ['max_retries']);
show(['max_retry_delay' => 0], ['max_retry_delay']);
show(['max_retry_delay' => 300], ['max_retry_delay']);
show(['max_retry_delay' => 0.25], ['max_retry_delay']);
show(['max_response_bytes' => 1024], ['max_response_bytes']);
show(['max_response_bytes' => 1024 * 1024 * 1024], ['max_response_bytes']);
show(['persistent' => true], ['persistent']);
show(['persistent' => false], ['persistent']);
show(['proxy' => 'socks5h://127.0.0.1:1080'], ['proxy']);
show(['allow_http' => true, 'base_url' => 'http://api.example.test'], ['base_url']);
show(['allow_http' => true], ['base_url']);
show(['user_agent' => str_repeat('u', 200)], []);
echo "200-byte user_agent: ok\n";
show(['ca_info' => dirname(__FILE__) . '/local-checks.inc'], []);
echo "ca_info: ok\n";
// on_response takes any callable.
class Observer
{
    public static function onStatic(array $event): void {}
    public function onMethod(array $event): void {}
    public function __invoke(array $event): void {}
}
foreach (['strlen', 'Observer::onStatic', [new Observer(), 'onMethod'], new Observer(), fn () => null, strlen(...)] as $callback) {
    show(['on_response' => $callback], []);
}
echo "on_response: ok\n";
// Options passed by reference are read through the reference.
$timeout = 4.5;
$agent = 'by-reference/1';
show(['timeout' => &$timeout, 'user_agent' => &$agent], ['timeout']);
// Option order does not matter.
show(['user_agent' => 'x/1', 'base_url' => 'https://a.example.test', 'timeout' => 1], ['base_url', 'timeout']);
// An empty options array, and no options at all, are the defaults.
var_dump(print_r(new Cashfin\Customers('cs_x', []), true) === print_r(new Cashfin\Customers('cs_x'), true));
--EXPECTF--
object(Cashfin\Customers)#%d (16) {
  ["base_url"]=>
  string(27) "https://api.example.test/v2"
  ["timeout"]=>
  float(2.5)
  ["connect_timeout"]=>
  float(1)
  ["max_retries"]=>
  int(0)
  ["max_retry_delay"]=>
  float(1.5)
  ["max_response_bytes"]=>
  int(65536)
  ["persistent"]=>
  bool(false)
  ["requests_per_second"]=>
  NULL
  ["rate_limit_store"]=>
  string(7) "process"
  ["bulk_share"]=>
  float(0.8)
  ["on_response"]=>
  bool(true)
  ["logger"]=>
  bool(true)
  ["user_agent"]=>
  string(%d) "cashfin-php/%s PHP/%s curl/%s acme-sync/2.1 (+https://acme.test)"
  ["ca_info"]=>
  string(%d) "%s112-options-valid.php"
  ["proxy"]=>
  bool(true)
  ["client_secret"]=>
  string(10) "[redacted]"
}
int(1)
bool(true)
-- boundaries and other accepted forms --
timeout: float(86400)
connect_timeout: float(86400)
timeout: float(0.001)
connect_timeout: float(0.25)
timeout: float(7)
connect_timeout: float(3)
max_retries: int(10)
max_retries: int(0)
max_retry_delay: float(0)
max_retry_delay: float(300)
max_retry_delay: float(0.25)
max_response_bytes: int(1024)
max_response_bytes: int(1073741824)
persistent: bool(true)
persistent: bool(false)
proxy: bool(true)
base_url: string(23) "http://api.example.test"
base_url: string(26) "https://api.cashfin.africa"
200-byte user_agent: ok
ca_info: ok
on_response: ok
timeout: float(4.5)
base_url: string(22) "https://a.example.test"
timeout: float(1)
bool(true)
