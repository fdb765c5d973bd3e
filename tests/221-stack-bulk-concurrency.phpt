--TEST--
Stack: a batch really runs `concurrency` requests at once (overlap seen in nginx's access log), over HTTP/1.1 and multiplexed on one HTTP/2 connection; concurrency 1 never overlaps
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

// More FPM workers than requests in flight, and 100 ms per request: overlapping requests are plain to see.
$stack = cashfin_stack_start(['api_workers' => 10, 'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => 100]]);
$ids = cashfin_stack_seed($stack, 3);

foreach (['http' => ['base_url' => $stack['http']], 'https' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]]
         as $name => $options) {
    foreach ([8 => 24, 3 => 12, 1 => 6] as $concurrency => $count) {
        $client = new Cashfin\Customers('cs_test', $options);
        $input = [];
        for ($i = 0; $i < $count; $i++) {
            $input["k$i"] = $ids[$i % 3];
        }
        cashfin_stack_reset_log($stack);
        $result = $client->detailsMany($input, ['concurrency' => $concurrency]);
        $right = array_keys($result) === array_keys($input);
        foreach ($input as $key => $id) {
            $right = $right && is_array($result[$key]) && $result[$key]['_id'] === $id;
        }
        $lines = cashfin_stack_api_requests($stack);
        $overlap = cashfin_stack_max_overlap($lines);
        $connections = cashfin_stack_connections($stack);
        echo "$name, concurrency $concurrency: $count answers in place: ", var_export($right && count($lines) === $count, true),
            ", most at once: ", $concurrency === 1 ? $overlap : ($overlap > 1 && $overlap <= $concurrency ? "between 2 and $concurrency" : "WRONG $overlap"),
            ", connections: ", $connections,
            ", protocol: ", implode(',', array_unique(array_column($lines, 'protocol'))), "\n";
    }
}
echo "HTTP/2 offered: ", var_export($stack['http2'], true), "\n";
?>
--EXPECT--
http, concurrency 8: 24 answers in place: true, most at once: between 2 and 8, connections: 8, protocol: HTTP/1.1
http, concurrency 3: 12 answers in place: true, most at once: between 2 and 3, connections: 3, protocol: HTTP/1.1
http, concurrency 1: 6 answers in place: true, most at once: 1, connections: 1, protocol: HTTP/1.1
https, concurrency 8: 24 answers in place: true, most at once: between 2 and 8, connections: 1, protocol: HTTP/2.0
https, concurrency 3: 12 answers in place: true, most at once: between 2 and 3, connections: 1, protocol: HTTP/2.0
https, concurrency 1: 6 answers in place: true, most at once: 1, connections: 1, protocol: HTTP/2.0
HTTP/2 offered: true
