--TEST--
Stack: persistent connections across PHP-FPM requests: 1,000 page views on 2 workers use at most 2 API connections
--DESCRIPTION--
Each page view constructs its own Cashfin\Customers and calls details() over TLS. With persistent => true
(the default, cashfin.persistent=1) a worker keeps its connection between page views, so the API sees one
connection per worker; with persistent => false it sees one connection per page view.
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

$stack = cashfin_stack_start(['client_dir' => __DIR__ . '/stack-client', 'client_workers' => 2]);
$ids = cashfin_stack_seed($stack, 10);

foreach (['default (persistent)' => [], 'persistent => false' => ['persistent' => '0']] as $mode => $extra) {
    cashfin_stack_reset_log($stack);
    $urls = [];
    for ($i = 0; $i < 1000; $i++) {
        $urls[] = "{$stack['client']}/details.php?" . http_build_query(
            ['base_url' => $stack['https'], 'ca_info' => $stack['ca'], 'id' => $ids[$i % 10]] + $extra);
    }
    $started = microtime(true);
    $answers = cashfin_stack_fetch_many($urls, 2, 25.0);
    $ok = 0;
    $fresh = 0;
    $problems = [];
    foreach ($answers as $i => $answer) {
        $json = json_decode($answer['body'], true);
        if ($answer['status'] === 200 && ($json['ok'] ?? false) === true && $json['id'] === $ids[$i % 10]) {
            $ok++;
            $fresh += $json['connection_reused'] ? 0 : 1;
        } elseif (count($problems) < 3) {
            $problems[] = "  $i: " . ($answer['error'] ?? "{$answer['status']} {$answer['body']}");
        }
    }
    $connections = cashfin_stack_connections($stack, '/business/customer/details/');
    echo "$mode: $ok of 1000 OK\n", $problems === [] ? '' : implode("\n", $problems) . "\n";
    if ($extra === []) {
        echo "$mode: API connections at most 2: ", var_export($connections <= 2, true), " ($connections)\n";
        echo "$mode: page views on a new connection at most 2: ", var_export($fresh <= 2, true), " ($fresh)\n";
    } else {
        echo "$mode: API connections: $connections, page views on a new connection: $fresh\n";
    }
    if (getenv('CASHFIN_STACK_TIMING')) {
        fprintf(STDERR, "%s: %.1f s\n", $mode, microtime(true) - $started);
    }
}
?>
--EXPECTF--
default (persistent): 1000 of 1000 OK
default (persistent): API connections at most 2: true (%d)
default (persistent): page views on a new connection at most 2: true (%d)
persistent => false: 1000 of 1000 OK
persistent => false: API connections: 1000, page views on a new connection: 1000
