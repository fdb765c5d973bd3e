--TEST--
requests_per_second 'auto': the plan's X-RateLimit-Limit, adopted from the first answer, paces every later call (host and process stores) with no 429 from a sandbox limited to 4/s; the rate adopted stays in the host budget for processes that give none
--EXTENSIONS--
cashfin
--SKIPIF--
<?php
if (getenv('SKIP_PERF_SENSITIVE')) {
    die('skip it needs calls faster than 4/s to meet the sandbox 429s, which valgrind overruns: every process runs 20 to 50 times slower');
}
?>
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/budget.inc';

$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_RPS' => '4']);

/** Nine calls in a row; the statuses met (retries included) and how long they took. */
function nine_calls(string $base, string $secret, array $options): array
{
    $statuses = [];
    $client = new Cashfin\Customers($secret, $options + ['base_url' => $base, 'max_retries' => 0,
        'on_response' => function (array $e) use (&$statuses) { $statuses[] = $e['status']; }]);
    usleep((int) max(0, (floor(microtime(true)) + 1.05 - microtime(true)) * 1e6)); // a fresh window of the sandbox
    $started = microtime(true);
    for ($i = 0; $i < 9; $i++) {
        $client->list(['limit' => 1]);
    }
    return [json_encode(array_count_values($statuses)), microtime(true) - $started];
}

$secret = cf_budget_secret();
[$statuses, $took] = nine_calls($base, $secret, ['requests_per_second' => 'auto']);
// 4/s is one start every 262.5 ms: eight intervals after the first call.
printf("auto, host: statuses %s, paced (2 s or more): %s\n", $statuses, var_export($took >= 2.0, true));

// Another process with no rate of its own draws from the same budget, at the rate it holds.
$other = cf_cli_start(<<<'PHP'
<?php
$client = new Cashfin\Customers(getenv('SECRET'), ['base_url' => getenv('BASE'), 'rate_limit_store' => 'host']);
$started = microtime(true);
for ($i = 0; $i < 5; $i++) {
    $client->list(['limit' => 1]);
}
printf('%.3f', microtime(true) - $started);
PHP, ['BASE' => $base, 'SECRET' => $secret]);
$took = (float) cf_cli_finish($other, 20.0);
printf("another process, 'host' without a rate: paced at the rate the budget holds (1 s or more): %s\n", var_export($took >= 1.0, true));

[$statuses, $took] = nine_calls($base, cf_budget_secret(), ['requests_per_second' => 'auto', 'rate_limit_store' => 'process']);
printf("auto, process: statuses %s, paced (2 s or more): %s\n", $statuses, var_export($took >= 2.0, true));

[$statuses, $took] = nine_calls($base, cf_budget_secret(), ['rate_limit_store' => 'process']);
printf("no rate: statuses show the sandbox's 429s: %s\n", var_export(str_contains($statuses, '429'), true));
?>
--EXPECT--
auto, host: statuses {"200":9}, paced (2 s or more): true
another process, 'host' without a rate: paced at the rate the budget holds (1 s or more): true
auto, process: statuses {"200":9}, paced (2 s or more): true
no rate: statuses show the sandbox's 429s: true
