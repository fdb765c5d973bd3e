--TEST--
Stack: 20 calls on one Customers object ride one keep-alive connection (HTTPS with HTTP/2, and plain HTTP/1.1)
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

$stack = cashfin_stack_start();
[$id] = cashfin_stack_seed($stack, 1);

foreach (['https' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']], 'http' => ['base_url' => $stack['http']]]
         as $name => $options) {
    cashfin_stack_reset_log($stack);
    $client = new Cashfin\Customers('cs_test', $options);
    $reused = [];
    for ($i = 0; $i < 20; $i++) {
        $ok = $client->details($id)['_id'] === $id;
        $last = $client->lastResponse();
        $reused[] = ($ok ? '' : 'WRONG ') . ($last['connection_reused'] ? 'R' : 'n') . $last['attempts'];
    }
    $lines = array_values(array_filter(cashfin_stack_log($stack), fn ($l) => str_starts_with($l['uri'], '/business/')));
    echo "$name: reused/attempts ", implode(' ', $reused), "\n";
    echo "$name: connections ", cashfin_stack_connections($stack, '/business/customer/details/'), ", requests ",
        count($lines), ", protocols ", implode(',', array_unique(array_column($lines, 'protocol'))),
        ", connection_requests ", implode(',', array_column($lines, 'connection_requests')), "\n";
    if ($name === 'https') {
        echo "https: HTTP/2 expected: ", var_export($stack['http2'], true), "\n";
    }
}
?>
--EXPECT--
https: reused/attempts n1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1
https: connections 1, requests 20, protocols HTTP/2.0, connection_requests 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
https: HTTP/2 expected: true
http: reused/attempts n1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1 R1
http: connections 1, requests 20, protocols HTTP/1.1, connection_requests 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
