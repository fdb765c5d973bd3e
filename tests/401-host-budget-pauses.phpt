--TEST--
Host budget: a single call's 429 (Retry-After) and a spent window (X-RateLimit-Remaining: 0 until X-RateLimit-Reset) pause every process of the host that uses the same secret and base URL; with 'process' the other process does not wait
--EXTENSIONS--
cashfin
--SKIPIF--
<?php
if (PHP_OS_FAMILY !== 'Linux') {
    die('skip POSIX shared memory as Linux has it');
}
if (getenv('SKIP_PERF_SENSITIVE')) {
    die('skip it holds other processes to pauses of 1 to 3 s, which valgrind overruns: every process runs 20 to 50 times slower');
}
?>
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/budget.inc';

$base = cashfin_sandbox_start();

// Another process of the host: waits, then makes one call and tells how long its start was queued.
const OTHER = <<<'PHP'
<?php
usleep((int) getenv('DELAY_US'));
$event = null;
$client = new Cashfin\Customers(getenv('SECRET'), ['base_url' => getenv('BASE'), 'rate_limit_store' => getenv('STORE'),
    'on_response' => function (array $e) use (&$event) { $event = $e; }]);
$client->list(['limit' => 1]);
echo json_encode(['queued_ms' => $event['queued_ms'], 'store' => $event['rate_limit_store'], 'status' => $event['status']]);
PHP;

/** The other process's queued wait while this one meets $fault; [this call's time, the other's event]. */
function paused_by(string $base, string $store, array $fault): array
{
    $secret = cf_budget_secret();
    cf_fault($base, $fault + ['path' => '/business/customer/list', 'count' => 1]);
    $other = cf_cli_start(OTHER, ['BASE' => $base, 'SECRET' => $secret, 'STORE' => $store, 'DELAY_US' => '700000']);
    usleep(300000); // the other process is up and sleeping
    $client = new Cashfin\Customers($secret, ['base_url' => $base, 'rate_limit_store' => $store]);
    $started = microtime(true);
    $client->list(['limit' => 1]);
    $took = microtime(true) - $started;
    return [$took, json_decode(cf_cli_finish($other, 20.0), true)];
}

$reset = fn () => (string) (time() + 3);
foreach (['host', 'process'] as $store) {
    [$took, $other] = paused_by($base, $store, ['status' => 429, 'headers' => ['Retry-After' => '2'],
        'body' => '{"success":false,"error":"Too many requests","retry_after":2}']);
    printf("%s, a 429 with Retry-After 2: this call waited for it: %s; the other process (%s, %s) was held %s\n", $store,
        var_export($took >= 1.9, true), $other['store'], $other['status'],
        $other['queued_ms'] >= 900 ? 'until the pause ended' : ($other['queued_ms'] < 100 ? 'not at all' : "{$other['queued_ms']} ms"));

    [$took, $other] = paused_by($base, $store, ['status' => 200, 'headers' => ['X-RateLimit-Remaining' => '0',
        'X-RateLimit-Limit' => '25', 'X-RateLimit-Reset' => $reset()],
        'body' => '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":1,"pages":0}}']);
    printf("%s, a spent window: this call returned at once: %s; the other process (%s, %s) was held %s\n", $store,
        var_export($took < 1.0, true), $other['store'], $other['status'],
        $other['queued_ms'] >= 900 ? 'until the window reset' : ($other['queued_ms'] < 100 ? 'not at all' : "{$other['queued_ms']} ms"));
}
?>
--EXPECT--
host, a 429 with Retry-After 2: this call waited for it: true; the other process (host, 200) was held until the pause ended
host, a spent window: this call returned at once: true; the other process (host, 200) was held until the window reset
process, a 429 with Retry-After 2: this call waited for it: true; the other process (process, 200) was held not at all
process, a spent window: this call returned at once: true; the other process (process, 200) was held not at all
