--TEST--
Stack: single calls and batches share the worker's connections: a batch takes the idle connection a single call left, and a single call after a batch (on another client) rides one of the batch's; plain HTTP/1.1 and TLS with HTTP/1.1
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

$stack = cashfin_stack_start(['api_workers' => 8, 'http2' => false, 'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => 50]]);
$ids = cashfin_stack_seed($stack, 4);

foreach (['plain HTTP/1.1' => ['base_url' => $stack['http']],
          'TLS, HTTP/1.1' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]] as $name => $options) {
    cashfin_stack_reset_log($stack);
    $single = new Cashfin\Customers('cs_test', $options);
    $single->details($ids[0]);
    [$first] = cashfin_stack_connection_ids($stack, '/business/');

    cashfin_stack_reset_log($stack);
    $bulk = new Cashfin\Customers('cs_test', $options);
    $answers = $bulk->detailsMany($ids, ['concurrency' => 4]);
    $batch = cashfin_stack_connection_ids($stack, '/business/');
    echo "$name: batch of 4: ", count(array_filter($answers, 'is_array')), " answers on ", count($batch),
        " connections; it took the single call's: ", var_export(in_array($first, $batch, true), true), "\n";

    cashfin_stack_reset_log($stack);
    $after = new Cashfin\Customers('cs_test', $options);
    $after->details($ids[1]);
    [$used] = cashfin_stack_connection_ids($stack, '/business/');
    echo "$name: a new client's call after it reused a connection: ", var_export($after->lastResponse()['connection_reused'], true),
        ", one of the batch's: ", var_export(in_array($used, $batch, true), true), "\n";

    cashfin_stack_reset_log($stack);
    $single->details($ids[2]);
    $bulk->detailsMany($ids, ['concurrency' => 4]);
    $again = cashfin_stack_connection_ids($stack, '/business/');
    echo "$name: then a call and a batch of the first clients: new connections: ", count(array_diff($again, $batch)), "\n";
    unset($single, $bulk, $after);
}
?>
--EXPECT--
plain HTTP/1.1: batch of 4: 4 answers on 4 connections; it took the single call's: true
plain HTTP/1.1: a new client's call after it reused a connection: true, one of the batch's: true
plain HTTP/1.1: then a call and a batch of the first clients: new connections: 0
TLS, HTTP/1.1: batch of 4: 4 answers on 4 connections; it took the single call's: true
TLS, HTTP/1.1: a new client's call after it reused a connection: true, one of the batch's: true
TLS, HTTP/1.1: then a call and a batch of the first clients: new connections: 0
