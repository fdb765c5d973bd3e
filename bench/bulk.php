<?php

/*
 * Bulk bench: N sequential create() calls against one createMany() of N, over
 * plain HTTP/1.1 and over TLS (HTTP/2 where nginx offers it), against the
 * sandbox behind nginx + PHP-FPM (tests/stack.inc) with a fixed latency per
 * request. Run it through bench/bulk.sh, which builds the extension first:
 *
 *   php -n -d extension=/path/to/cashfin.so bench/bulk.php [--rounds 3] [--count 200]
 *       [--concurrency 16] [--latency-ms 20] [--workers 20] [--out bench/RESULTS-bulk.md] [--so-label TEXT]
 *
 * Every round creates fresh customers (new emails) with both methods; every
 * answer is checked, and a failed create stops the bench. The sandbox's rate
 * limit is set far above what the bench sends, so that X-RateLimit-Remaining
 * never reaches 0 (which would pause the batch) and no 429 is met.
 * Prints a table of medians and writes it, with the raw rounds, to --out.
 */

require __DIR__ . '/../tests/stack.inc';

$options = ['rounds' => 3, 'count' => 200, 'concurrency' => 16, 'latency-ms' => 20, 'workers' => 20,
    'out' => __DIR__ . '/RESULTS-bulk.md', 'so-label' => null];
for ($i = 1; $i < $argc; $i++) {
    $name = substr($argv[$i], 2);
    if (!str_starts_with($argv[$i], '--') || !array_key_exists($name, $options) || !isset($argv[$i + 1])) {
        fwrite(STDERR, "usage: php bench/bulk.php [--rounds N] [--count N] [--concurrency N] [--latency-ms N] [--workers N] [--out FILE] [--so-label TEXT]\n");
        exit(2);
    }
    $options[$name] = is_int($options[$name]) ? (int) $argv[++$i] : $argv[++$i];
}
if (!extension_loaded('cashfin')) {
    fwrite(STDERR, "bulk bench: the cashfin extension is not loaded (run bench/bulk.sh)\n");
    exit(2);
}
if (($why = cashfin_stack_missing()) !== null) {
    fwrite(STDERR, "bulk bench: $why\n");
    exit(2);
}
['rounds' => $rounds, 'count' => $count, 'concurrency' => $concurrency] = $options;

$stack = cashfin_stack_start([
    'api_workers' => $options['workers'],
    'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => $options['latency-ms'], 'CASHFIN_SANDBOX_RPS' => 10000],
]);
$transports = [
    'HTTP/1.1' => ['base_url' => $stack['http']],
    $stack['http2'] ? 'TLS, HTTP/2' : 'TLS, HTTP/1.1' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']],
];

$next = 1;
/** $n customers no one has created yet. */
function people(int $n, int &$next): array
{
    $people = [];
    for ($i = 0; $i < $n; $i++, $next++) {
        $people[] = ['name' => "Bench Customer $next", 'email' => "bench$next@example.com",
            'phone' => sprintf('+2547%08d', $next), 'country' => 'Kenya', 'currency' => 'KES'];
    }
    return $people;
}

function check(array $people, array $created, string $what): void
{
    foreach ($people as $i => $person) {
        $got = $created[$i] ?? null;
        if (!is_array($got) || $got['email'] !== $person['email']) {
            $shown = $got instanceof Throwable ? get_class($got) . ': ' . $got->getMessage() : json_encode($got);
            fwrite(STDERR, "bulk bench: $what: entry $i was not created: $shown\n");
            exit(1);
        }
    }
}

function median(array $values): float
{
    sort($values);
    $n = count($values);
    return $n % 2 ? $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
}

$raw = [];
$seen = [];
foreach ($transports as $name => $clientOptions) {
    $client = new Cashfin\Customers('cs_bench', $clientOptions + ['max_retries' => 0]);
    // Warm up: the connection (and TLS session) of the single-call handle, the FPM workers, SQLite.
    check($w = people(1, $next), [$client->create($w[0])], "$name warm-up");
    $client->createMany(people($concurrency, $next), ['concurrency' => $concurrency]);
    for ($round = 1; $round <= $rounds; $round++) {
        // Alternate which goes first, so that a drift of the machine's load does not favour one.
        $order = $round % 2 ? ['single', 'bulk'] : ['bulk', 'single'];
        foreach ($order as $method) {
            $people = people($count, $next);
            cashfin_stack_reset_log($stack);
            $start = hrtime(true);
            if ($method === 'single') {
                $created = [];
                foreach ($people as $person) {
                    $created[] = $client->create($person);
                }
            } else {
                $created = $client->createMany($people, ['concurrency' => $concurrency]);
            }
            $seconds = (hrtime(true) - $start) / 1e9;
            check($people, $created, "$name $method round $round");
            $lines = cashfin_stack_api_requests($stack);
            $raw[$name][$method][] = $seconds;
            $seen[$name][$method] = [
                'protocols' => array_unique(array_column($lines, 'protocol')),
                'statuses' => array_count_values(array_column($lines, 'status')),
                'connections' => cashfin_stack_connections($stack),
                'overlap' => cashfin_stack_max_overlap($lines),
            ];
            fprintf(STDERR, "%-14s round %d  %-6s %7.3f s\n", $name, $round, $method, $seconds);
        }
    }
}

$rows = [];
foreach ($raw as $name => $times) {
    $single = median($times['single']);
    $bulk = median($times['bulk']);
    $rows[] = [$name, sprintf('%.2f s (%.0f/s)', $single, $count / $single), sprintf('%.2f s (%.0f/s)', $bulk, $count / $bulk),
        sprintf('%.1fx', $single / $bulk), $single / $bulk >= 10 ? 'yes' : 'NO'];
}
$header = ['transport', "$count x create()", "createMany($count), concurrency $concurrency", 'speedup', '>= 10x'];
$table = '| ' . implode(' | ', $header) . " |\n|" . str_repeat('---|', count($header)) . "\n";
foreach ($rows as $row) {
    $table .= '| ' . implode(' | ', $row) . " |\n";
}
echo "\nmedian of $rounds rounds, sandbox latency {$options['latency-ms']} ms, {$options['workers']} FPM workers\n\n$table";

$details = '';
foreach ($raw as $name => $times) {
    foreach ($times as $method => $values) {
        $s = $seen[$name][$method];
        $details .= sprintf("| %s | %s | %s | %s | %d | %d | %s |\n", $name, $method === 'single' ? "$count x create()" : "createMany($count)",
            implode(', ', array_map(fn ($v) => sprintf('%.3f', $v), $values)), implode(',', $s['protocols']), $s['connections'],
            $s['overlap'], json_encode($s['statuses']));
    }
}
$curl = curl_version_line();
$load = sys_getloadavg();
$md = "# Bulk bench: sequential create() against createMany()\n\n"
    . "Generated by `bench/bulk.sh` on " . gmdate('Y-m-d H:i') . " UTC.\n\n"
    . "$count customers created one `create()` call after another, against one `createMany()` of $count with\n"
    . "`concurrency` $concurrency, through nginx + PHP-FPM ({$options['workers']} workers) to the sandbox with "
    . "`latency_ms` {$options['latency-ms']} and a rate limit of 10000/s\n"
    . "(so that `X-RateLimit-Remaining` never reaches 0). Median of $rounds rounds; every answer checked.\n\n"
    . $table
    . "\nTarget (issue 6): createMany at least 10x faster than sequential create().\n\n"
    . "## Rounds\n\n"
    . "Seconds per round; what nginx logged for the last round: protocol, TCP connections, most requests in\n"
    . "progress at once, statuses.\n\n"
    . "| transport | run | seconds per round | protocol | connections | most at once | statuses |\n|---|---|---|---|---|---|---|\n"
    . $details
    . "\n## Machine\n\n"
    . '- PHP ' . PHP_VERSION . ', ' . $curl . ', ' . (trim((string) @shell_exec('nproc 2>/dev/null')) ?: '?') . " CPUs\n"
    . sprintf("- load average when done: %.2f %.2f %.2f\n", ...($load ?: [0, 0, 0]))
    . '- extension: ' . ($options['so-label'] ?? 'loaded by the caller') . "\n";
file_put_contents($options['out'], $md);
echo "\nwritten to {$options['out']}\n";

/** "libcurl X.Y.Z" as the extension links it, from phpinfo() (the curl extension may be absent under -n). */
function curl_version_line(): string
{
    ob_start();
    (new ReflectionExtension('cashfin'))->info();
    $info = strip_tags((string) ob_get_clean());
    return preg_match('/libcurl[^0-9]*([0-9][0-9.]*)/i', $info, $m) ? "libcurl {$m[1]}" : 'libcurl (version not shown)';
}
