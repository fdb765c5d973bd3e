--TEST--
Stack: without requests_per_second, a 50-create batch against a sandbox limited to 5/s meets 429s, pauses the whole batch for each Retry-After, and still creates every entry exactly once
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

$stack = cashfin_stack_start(['api_workers' => 10, 'sandbox_env' => ['CASHFIN_SANDBOX_RPS' => 5]]);
$people = [];
for ($n = 1; $n <= 50; $n++) {
    $people["crm-$n"] = ['name' => "Customer $n", 'email' => "customer$n@example.com", 'phone' => sprintf('+2547%08d', $n),
        'country' => 'Kenya', 'currency' => 'KES'];
}
$attempts = [];
// The default max_retries (2) and max_retry_delay (5 s): the sandbox's Retry-After (1 s) is waited for.
$client = new Cashfin\Customers('cs_test', ['base_url' => $stack['http'], 'on_response' => function (array $e) use (&$attempts) {
    $end = microtime(true);
    $attempts[] = ['start' => $end - $e['duration_ms'] / 1000, 'end' => $end, 'status' => $e['status']];
}]);
usleep((int) max(0, (floor(microtime(true)) + 1.1 - microtime(true)) * 1e6));
$result = $client->createMany($people, ['concurrency' => 8]);

$refused = array_filter($attempts, fn ($a) => $a['status'] === 429);
$pauses = true;
foreach ($refused as $refusal) {
    foreach ($attempts as $a) {
        if ($a['start'] > $refusal['end'] + 0.005 && $a['start'] < $refusal['end'] + 0.995) {
            $pauses = false;
        }
    }
}
$right = array_keys($result) === array_keys($people);
$failures = [];
foreach ($people as $key => $person) {
    if (!is_array($result[$key]) || $result[$key]['email'] !== $person['email']) {
        $right = false;
        $failures[] = $result[$key] instanceof Throwable ? get_class($result[$key]) : 'wrong';
    }
}
echo "the sandbox refused some (429): ", var_export(count($refused) > 0, true), "\n";
echo "nothing started within 1 s after any 429: ", var_export($pauses, true), "\n";
echo "all 50 created under their keys: ", var_export($right, true), $right ? '' : ' (' . json_encode(array_count_values($failures)) . ')', "\n";
usleep((int) max(0, (floor(microtime(true)) + 1.1 - microtime(true)) * 1e6));
$answer = json_decode(file_get_contents("{$stack['http']}/business/customer/list?limit=100", false,
    stream_context_create(['http' => ['header' => "Authorization: cs_test\r\n"]])), true);
$stored = array_column($answer['data'], 'email');
echo "customers stored: ", count($stored), ", each once: ", var_export(count(array_unique($stored)) === count($stored), true), "\n";
?>
--EXPECT--
the sandbox refused some (429): true
nothing started within 1 s after any 429: true
all 50 created under their keys: true
customers stored: 50, each once: true
