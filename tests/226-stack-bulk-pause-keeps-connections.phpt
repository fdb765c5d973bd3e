--TEST--
Stack: a batch that pauses for the server's rate limit keeps its connections: every transfer ends during the pause, yet the starts after it reuse the same `concurrency` connections (libcurl's cache would shrink to four per handle still running)
--SKIPIF--
<?php
require __DIR__ . '/stack.inc';
if (($why = cashfin_stack_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/stack.inc';

// Eight requests per second and eight at once: every window is spent by one round of starts, so the
// batch (paced at the same rate) waits after each round with nothing running, three times over.
$stack = cashfin_stack_start(['api_workers' => 10, 'sandbox_env' => ['CASHFIN_SANDBOX_RPS' => 8, 'CASHFIN_SANDBOX_LATENCY_MS' => 50]]);
$ids = cashfin_stack_seed($stack, 3);
sleep(1); // the seed's requests leave the window

$client = new Cashfin\Customers('cs_test', ['base_url' => $stack['http']]);
$input = [];
for ($i = 0; $i < 24; $i++) {
    $input["k$i"] = $ids[$i % 3];
}
cashfin_stack_reset_log($stack);
$result = $client->detailsMany($input, ['concurrency' => 8, 'requests_per_second' => 8]);
$lines = cashfin_stack_api_requests($stack);
$statuses = array_count_values(array_column($lines, 'status'));
$answered = count(array_filter($result, fn ($value) => is_array($value)));
echo "answers: $answered of 24\n";
echo "statuses: ", json_encode($statuses), "\n";
echo "connections: ", cashfin_stack_connections($stack), "\n";
?>
--EXPECT--
answers: 24 of 24
statuses: {"200":24}
connections: 8
