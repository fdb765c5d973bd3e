--TEST--
Redis store over TLS (rediss://): reservations through a redis-server that speaks only TLS, its certificate checked against the URL's ca_file and for the URL's host; two processes share the budget; a forked child opens its own TLS connection; a CA the system does not know, a certificate for another name, a ca_file with no CA: every call still succeeds, paced by the host, with TLS's reason reported; the password never shown
--EXTENSIONS--
cashfin
pcntl
--SKIPIF--
<?php
require __DIR__ . '/budget.inc';
if (($why = cf_redis_tls_missing()) !== null) {
    die("skip $why");
}
?>
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/budget.inc';

$base = cashfin_sandbox_start();
$certificates = cf_tls_certificates();
$password = 'pw_SECRET_tls';
$redis = cf_redis_start(['--requirepass', $password], cf_redis_tls_files($certificates, 'server'));
$wrong_name = cf_redis_start(['--requirepass', $password], cf_redis_tls_files($certificates, 'wrong-name'));
$ca_file = '?ca_file=' . rawurlencode("$certificates/ca.pem");
$seen = '';

function store_url(array $redis, string $password, string $host, int $db, string $query): string
{
    return "rediss://:$password@$host:{$redis['port']}/$db$query";
}

/** Makes `$calls` calls through a new client; returns what each attempt's on_response said, counted. */
function calls(string $secret, string $base, string $store, int $calls, float $rate = 50): array
{
    global $seen;
    $events = [];
    $client = new Cashfin\Customers($secret, ['base_url' => $base, 'rate_limit_store' => $store, 'requests_per_second' => $rate,
        'on_response' => function (array $e) use (&$events) { $events[] = $e; }]);
    for ($i = 0; $i < $calls; $i++) {
        $client->list(['limit' => 1]);
    }
    $seen .= print_r($events, true) . print_r($client, true) . var_export($client, true);
    return array_count_values(array_map(fn ($e) => "{$e['status']} {$e['rate_limit_store']}: " . ($e['rate_limit_fallback'] ?? 'no fallback'), $events));
}

function shown(array $counted, string $certificates): string
{
    $text = json_encode($counted, JSON_UNESCAPED_SLASHES);
    return preg_replace(['/:\d+\//', '/loaded: [^;]*;/'], [':<port>/', 'loaded: <OpenSSL\'s reason>;'], str_replace([$certificates, __FILE__], ['<certificates>', '<this test>'], $text));
}

echo "-- through TLS, the certificate checked for 127.0.0.1 and for localhost --\n";
$secret = cf_budget_secret();
echo shown(calls($secret, $base, store_url($redis, $password, '127.0.0.1', 0, $ca_file), 1, 1), $certificates), "\n";
echo shown(calls(cf_budget_secret(), $base, store_url($redis, $password, 'localhost', 2, $ca_file), 2), $certificates), "\n";

echo "-- two processes, one budget --\n";
// The budget's one key in database 0; another process (with a host budget of its own) reserves after this one's start.
$key = cf_redis_command($redis, ['RANDOMKEY'], $password);
$before = (int) cf_redis_command($redis, ['HGET', $key, 'tat'], $password);
$other = cf_cli_start(<<<'PHP'
    <?php
    $events = [];
    $client = new Cashfin\Customers(getenv('SECRET'), ['base_url' => getenv('BASE'), 'rate_limit_store' => getenv('STORE'),
        'requests_per_second' => 1, 'on_response' => function (array $e) use (&$events) { $events[] = $e; }]);
    $client->list(['limit' => 1]);
    echo json_encode(['store' => $events[0]['rate_limit_store'], 'fallback' => $events[0]['rate_limit_fallback']]);
    PHP, ['SECRET' => $secret, 'BASE' => $base, 'STORE' => store_url($redis, $password, '127.0.0.1', 0, $ca_file)],
    ['cashfin.host_budget_namespace' => 'another-host']);
echo "the other process: ", cf_cli_finish($other, 30.0), "\n";
$after = (int) cf_redis_command($redis, ['HGET', $key, 'tat'], $password);
echo "its start came a whole interval (1.05 s at 1/s) after this one's: ", var_export($before > 0 && $after - $before >= 1050000, true), "\n";

echo "-- fork --\n";
$events = [];
$client = new Cashfin\Customers(cf_budget_secret(), ['base_url' => $base, 'requests_per_second' => 50,
    'rate_limit_store' => store_url($redis, $password, '127.0.0.1', 1, $ca_file),
    'on_response' => function (array $e) use (&$events) { $events[] = $e; }]);
$client->list(['limit' => 1]);
$first_id = (int) cf_redis_command($redis, ['CLIENT', 'ID'], $password);
$child = pcntl_fork();
if ($child === 0) {
    $events = [];
    $client->list(['limit' => 1]);
    $client->list(['limit' => 1]);
    echo "child: ", json_encode(array_count_values(array_map(fn ($e) => "{$e['status']} {$e['rate_limit_store']}: " . ($e['rate_limit_fallback'] ?? 'no fallback'), $events))), "\n";
    exit(0);
}
pcntl_waitpid($child, $status);
$events = [];
$client->list(['limit' => 1]);
$client->list(['limit' => 1]);
echo "parent, after: ", json_encode(array_count_values(array_map(fn ($e) => "{$e['status']} {$e['rate_limit_store']}: " . ($e['rate_limit_fallback'] ?? 'no fallback'), $events))), "\n";
// Connections since the parent's first: the child's one, then this look; the parent kept its own.
echo "connections opened meanwhile, besides this look: ", (int) cf_redis_command($redis, ['CLIENT', 'ID'], $password) - $first_id - 1, "\n";
unset($client);

echo "-- refused: every call paced by the host instead, saying why --\n";
// the server sends its CA with its certificate: a CA no one trusts
echo "the system's CAs: ", shown(calls(cf_budget_secret(), $base, store_url($redis, $password, '127.0.0.1', 0, ''), 1), $certificates), "\n";
echo "another name's certificate, by IP: ", shown(calls(cf_budget_secret(), $base, store_url($wrong_name, $password, '127.0.0.1', 0, $ca_file), 1), $certificates), "\n";
echo "another name's certificate, by name: ", shown(calls(cf_budget_secret(), $base, store_url($wrong_name, $password, 'localhost', 0, $ca_file), 1), $certificates), "\n";
echo "a ca_file with no CA: ", shown(calls(cf_budget_secret(), $base, store_url($redis, $password, '127.0.0.1', 0, '?ca_file=' . rawurlencode(__FILE__)), 1), $certificates), "\n";

echo "-- the password --\n";
echo "anywhere: ", var_export(str_contains($seen, $password), true), "\n";
?>
--EXPECT--
-- through TLS, the certificate checked for 127.0.0.1 and for localhost --
{"200 redis: no fallback":1}
{"200 redis: no fallback":2}
-- two processes, one budget --
the other process: {"store":"redis","fallback":null}
its start came a whole interval (1.05 s at 1/s) after this one's: true
-- fork --
child: {"200 redis: no fallback":2}
parent, after: {"200 redis: no fallback":2}
connections opened meanwhile, besides this look: 1
-- refused: every call paced by the host instead, saying why --
the system's CAs: {"200 host: Redis at rediss://:***@127.0.0.1:<port>/0 failed: TLS: the server's certificate was refused: self-signed certificate in certificate chain; paced by the host":1}
another name's certificate, by IP: {"200 host: Redis at rediss://:***@127.0.0.1:<port>/0?ca_file=<certificates>/ca.pem failed: TLS: the server's certificate was refused: IP address mismatch; paced by the host":1}
another name's certificate, by name: {"200 host: Redis at rediss://:***@localhost:<port>/0?ca_file=<certificates>/ca.pem failed: TLS: the server's certificate was refused: hostname mismatch; paced by the host":1}
a ca_file with no CA: {"200 host: Redis at rediss://:***@127.0.0.1:<port>/0?ca_file=<this test> failed: TLS: the ca_file could not be loaded: <OpenSSL's reason>; paced by the host":1}
-- the password --
anywhere: false
