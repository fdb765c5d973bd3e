--TEST--
Redis store: reservations through a private redis-server (a key that names no secret; a password in the URL, never shown); Redis stopped: every call still succeeds, paced by the host budget, each attempt's on_response says so and the logger hears it once per failure, within a bounded delay
--EXTENSIONS--
cashfin
--SKIPIF--
<?php
require __DIR__ . '/budget.inc';
if (($why = cf_redis_missing()) !== null) {
    die("skip $why");
}
?>
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/budget.inc';

$base = cashfin_sandbox_start();
$redis = cf_redis_start(['--requirepass', 'pw_SECRET_redis']);
$secret = cf_budget_secret();
$events = [];
$records = [];
$logger = new class ($records) {
    public function __construct(private array &$records) {}
    public function log($level, $message, array $context = []): void
    {
        $this->records[] = [$level, $message, $context];
    }
};
$url = "redis://:pw_SECRET_redis@127.0.0.1:{$redis['port']}/2";
$client = new Cashfin\Customers($secret, ['base_url' => $base, 'rate_limit_store' => $url, 'requests_per_second' => 20,
    'logger' => $logger, 'on_response' => function (array $e) use (&$events) { $events[] = $e; }]);

function calls(Cashfin\Customers $client, int $count): float
{
    $started = microtime(true);
    for ($i = 0; $i < $count; $i++) {
        $client->list(['limit' => 1]);
    }
    return microtime(true) - $started;
}

function seen(array $events): string
{
    return json_encode(array_count_values(array_map(fn ($e) => "{$e['status']} {$e['rate_limit_store']}", $events)));
}

calls($client, 3);
echo "Redis up: ", seen($events), ", fallback: ", json_encode(array_unique(array_column($events, 'rate_limit_fallback'))), "\n";
$socket = stream_socket_client("tcp://127.0.0.1:{$redis['port']}");
fwrite($socket, "*2\r\n$4\r\nAUTH\r\n$15\r\npw_SECRET_redis\r\n*2\r\n$6\r\nSELECT\r\n$1\r\n2\r\n*2\r\n$4\r\nKEYS\r\n$1\r\n*\r\n");
fgets($socket);
fgets($socket);
fgets($socket);
fgets($socket);
$key = trim((string) fgets($socket));
fclose($socket);
echo "the budget's key in database 2: ", preg_replace('/[0-9a-f]{32}$/', '<32 hex digits>', $key), ", names the secret: ",
    var_export(str_contains($key, $secret), true), "\n";

cf_redis_stop($redis);
$events = [];
$records = [];
$took = calls($client, 6);
echo "Redis stopped: ", seen($events), ", in well under a second more than 6 calls at 20/s take: ", var_export($took < (0.25 * 6 + 0.5) * cf_slowdown(), true), "\n";
$fallbacks = array_unique(array_column($events, 'rate_limit_fallback'));
echo "fallback reported on every attempt: ", var_export(count(array_filter(array_column($events, 'rate_limit_fallback'))) === 6, true), "\n";
foreach ($fallbacks as $fallback) {
    echo "  ", preg_replace(['/:\d+\//', '/: [^;]*;/'], [':<port>/', ': <error>;'], $fallback), "\n";
}
$warnings = array_values(array_filter($records, fn ($r) => $r[0] === 'warning'));
echo "logger warnings: ", count($warnings), ": ", $warnings[0][1] ?? '', " / ", preg_replace(['/:\d+\//', '/: [^;]*;/'], [':<port>/', ': <error>;'],
    $warnings[0][2]['rate_limit_fallback'] ?? ''), "\n";
$all = print_r($events, true) . print_r($records, true) . print_r($client, true);
echo "the password anywhere: ", var_export(str_contains($all, 'pw_SECRET'), true), "; the secret: ", var_export(str_contains($all, $secret), true), "\n";

// A wrong password: the call goes on through the host, and the reason holds no password.
$events = [];
$redis = cf_redis_start(['--requirepass', 'pw_SECRET_right']);
$wrong = new Cashfin\Customers($secret, ['base_url' => $base, 'rate_limit_store' => "redis://:pw_SECRET_wrong@127.0.0.1:{$redis['port']}",
    'on_response' => function (array $e) use (&$events) { $events[] = $e; }]);
$wrong->list(['limit' => 1]);
echo "wrong password: ", seen($events), ", ", preg_replace('/:\d+\//', ':<port>/', $events[0]['rate_limit_fallback']), "\n";
?>
--EXPECT--
Redis up: {"200 redis":3}, fallback: [null]
the budget's key in database 2: cashfin:rl1:<32 hex digits>, names the secret: false
Redis stopped: {"200 host":6}, in well under a second more than 6 calls at 20/s take: true
fallback reported on every attempt: true
  Redis at redis://:***@127.0.0.1:<port>/2 failed: <error>; paced by the host
  Redis at redis://:***@127.0.0.1:<port>/2 is backing off after: <error>; paced by the host
logger warnings: 1: Cashfin rate limit store: {rate_limit_fallback} / Redis at redis://:***@127.0.0.1:<port>/2 failed: <error>; paced by the host
the password anywhere: false; the secret: false
wrong password: {"200 host":1}, Redis at redis://:***@127.0.0.1:<port>/0 failed: AUTH: refused (check the user and password); paced by the host
