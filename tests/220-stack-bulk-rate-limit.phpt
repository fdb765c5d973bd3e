--TEST--
Stack: createMany of 50 with requests_per_second 5 and concurrency 8 against a sandbox limited to 5/s meets no 429 at all (HTTP/1.1, and HTTP/2)
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

// Enough FPM workers for eight requests at once, and the sandbox's own limiter at 5 requests per second.
$stack = cashfin_stack_start(['api_workers' => 10, 'sandbox_env' => ['CASHFIN_SANDBOX_RPS' => 5]]);

function people(int $from, int $count): array
{
    $people = [];
    for ($n = $from; $n < $from + $count; $n++) {
        $people["crm-$n"] = ['name' => "Customer $n", 'email' => "customer$n@example.com", 'phone' => sprintf('+2547%08d', $n),
            'country' => 'Kenya', 'currency' => 'KES'];
    }
    return $people;
}

foreach (['http' => [1, 50, ['base_url' => $stack['http']]],
          'https' => [101, 20, ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]]] as $name => [$from, $count, $options]) {
    // A fresh window of the sandbox's limiter, whatever came before.
    usleep((int) max(0, (floor(microtime(true)) + 1.1 - microtime(true)) * 1e6));
    cashfin_stack_reset_log($stack);
    $events = [];
    $client = new Cashfin\Customers('cs_test', $options + ['on_response' => function (array $event) use (&$events) {
        $events[] = $event['status'] . '/' . $event['attempt'];
    }]);
    $people = people($from, $count);
    $start = microtime(true);
    $result = $client->createMany($people, ['requests_per_second' => 5, 'concurrency' => 8]);
    $elapsed = microtime(true) - $start;
    $right = array_keys($result) === array_keys($people);
    foreach ($people as $key => $person) {
        $right = $right && is_array($result[$key]) && $result[$key]['email'] === $person['email'];
    }
    $lines = cashfin_stack_api_requests($stack);
    $statuses = array_count_values(array_column($lines, 'status'));
    echo "$name: $count created under their keys: ", var_export($right, true), "\n";
    echo "  client saw (status/attempt): ", json_encode(array_count_values($events)), "\n";
    echo "  nginx logged: ", json_encode($statuses), ", protocol ", implode(',', array_unique(array_column($lines, 'protocol'))), "\n";
    printf("  took at least %d s (%d/5 - 1): %s\n", $count / 5 - 1, $count, var_export($elapsed >= $count / 5 - 1, true));
}
?>
--EXPECT--
http: 50 created under their keys: true
  client saw (status/attempt): {"201\/1":50}
  nginx logged: {"201":50}, protocol HTTP/1.1
  took at least 9 s (50/5 - 1): true
https: 20 created under their keys: true
  client saw (status/attempt): {"201\/1":20}
  nginx logged: {"201":20}, protocol HTTP/2.0
  took at least 3 s (20/5 - 1): true
