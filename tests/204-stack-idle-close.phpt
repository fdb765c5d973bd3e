--TEST--
Stack: a keep-alive connection the server closed while idle is replaced transparently (one attempt, a new connection)
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

$stack = cashfin_stack_start(['keepalive_timeout' => 1]);
[$id] = cashfin_stack_seed($stack, 1);
cashfin_stack_reset_log($stack);

$clients = [
    'https' => new Cashfin\Customers('cs_test', ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]),
    'http' => new Cashfin\Customers('cs_test', ['base_url' => $stack['http']]),
];
$show = function (string $name, string $when) use ($clients, $id): void {
    $ok = $clients[$name]->details($id)['_id'] === $id;
    $last = $clients[$name]->lastResponse();
    echo "$name $when: ok ", var_export($ok, true), ", attempts {$last['attempts']}, reused ",
        var_export($last['connection_reused'], true), "\n";
};
foreach ($clients as $name => $client) {
    $show($name, 'first');
    $show($name, 'at once');
}
// nginx closes connections idle for 1 s (HTTP/2: GOAWAY, then close).
usleep(1500000);
foreach ($clients as $name => $client) {
    $show($name, 'after 1.5 s idle');
}

foreach (['https', 'http'] as $name) {
    $port = (int) parse_url($stack[$name], PHP_URL_PORT);
    $lines = array_filter(cashfin_stack_log($stack), fn ($l) => $l['port'] === $port && str_starts_with($l['uri'], '/business/'));
    echo "$name: ", count($lines), " requests on ", count(array_unique(array_column($lines, 'connection'))), " connections\n";
}
echo "all: ", cashfin_stack_connections($stack), " connections\n";
?>
--EXPECT--
https first: ok true, attempts 1, reused false
https at once: ok true, attempts 1, reused true
http first: ok true, attempts 1, reused false
http at once: ok true, attempts 1, reused true
https after 1.5 s idle: ok true, attempts 1, reused false
http after 1.5 s idle: ok true, attempts 1, reused false
https: 3 requests on 2 connections
http: 3 requests on 2 connections
all: 4 connections
