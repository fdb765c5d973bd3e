--TEST--
Options: the User-Agent header is "cashfin-php/<version> PHP/<version> curl/<version>", then the caller's user_agent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$base = cashfin_sandbox_start();
$clients = [
    'no user_agent' => new Cashfin\Customers('cs_x', ['base_url' => $base, 'max_retries' => 0]),
    'user_agent' => new Cashfin\Customers('cs_x', ['base_url' => $base, 'max_retries' => 0, 'user_agent' => 'acme-sync/2.1 (+https://acme.test)']),
    '200 bytes' => new Cashfin\Customers('cs_x', ['base_url' => $base, 'max_retries' => 0, 'user_agent' => str_repeat('x', 199) . 'Z']),
];
$clients['no user_agent']->list();
$clients['user_agent']->list();
try {
    $clients['user_agent']->details(CF_TEST_ID); // 404, still a request with the header
} catch (Cashfin\NotFoundException) {
}
$clients['user_agent']->create(cf_valid_customer());
$clients['200 bytes']->list();

$prefix = sprintf('cashfin-php/%s PHP/%s curl/', phpversion('cashfin'), PHP_VERSION);
$pattern = '~^' . preg_quote($prefix, '~') . '\d+\.\d+\.\d+(?:-\S+)?( .*)?$~D';
foreach (cf_requests($base) as $request) {
    $agent = $request['headers']['user-agent'] ?? '(none)';
    if (!preg_match($pattern, $agent, $m)) {
        echo "unexpected User-Agent: $agent\n";
        continue;
    }
    $tail = $m[1] ?? '';
    echo $request['method'], ' ', $request['path'], ': ', $tail === '' ? 'no caller text' : 'caller text' . $tail, "\n";
}

echo "-- the header is what the debug view shows --\n";
$log = cf_requests($base);
preg_match('/\[user_agent\] => (.*)\n/', print_r($clients['user_agent'], true), $m);
var_dump($m[1] === $log[1]['headers']['user-agent']);
// The curl version is the one the extension runs with (not necessarily ext/curl's, which may be absent).
var_dump(!extension_loaded('curl') || str_contains($log[0]['headers']['user-agent'], ' curl/' . curl_version()['version']));
--EXPECT--
GET /business/customer/list: no caller text
GET /business/customer/list: caller text acme-sync/2.1 (+https://acme.test)
GET /business/customer/details/0123456789abcdef01234567: caller text acme-sync/2.1 (+https://acme.test)
POST /business/customer/create: caller text acme-sync/2.1 (+https://acme.test)
GET /business/customer/list: caller text xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxZ
-- the header is what the debug view shows --
bool(true)
bool(true)
