--TEST--
Stack: the worker's shared connections serve only the configuration they were opened for: another host name for the same server, or another CA file, opens connections of its own, while the same configuration (with another secret) rides the idle ones; batches and single calls alike
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
// The same CA under another name: connections verified against one file are not handed to a client trusting another.
$otherCa = "{$stack['dir']}/other-ca.pem";
copy($stack['ca'], $otherCa);

$configs = [
    'first' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']],
    'another host name (localhost)' => ['base_url' => $stack['https_localhost'], 'ca_info' => $stack['ca']],
    'another CA file' => ['base_url' => $stack['https'], 'ca_info' => $otherCa],
    'plain HTTP' => ['base_url' => $stack['http']],
];
$seen = [];
$clients = [];
foreach ($configs as $name => $options) {
    cashfin_stack_reset_log($stack);
    $clients[$name] = new Cashfin\Customers('cs_test', $options);
    $answers = $clients[$name]->detailsMany($ids, ['concurrency' => 4]);
    $clients[$name]->details($ids[0]);
    $used = cashfin_stack_connection_ids($stack, '/business/');
    $opened[$name] = $used;
    echo "$name: ", count(array_filter($answers, 'is_array')), " answers; connections opened for an earlier configuration: ",
        count(array_intersect($used, $seen)), "\n";
    $seen = array_merge($seen, $used);
}

cashfin_stack_reset_log($stack);
$same = new Cashfin\Customers('cs_other', $configs['first']);
$same->detailsMany($ids, ['concurrency' => 4]);
$same->details($ids[0]);
$used = cashfin_stack_connection_ids($stack, '/business/');
echo "the first configuration with another secret: every connection of the first among its own: ",
    var_export(array_diff($opened['first'], $used) === [], true), ", of the others: ", count(array_diff(array_intersect($used, $seen), $opened['first'])), "\n";
?>
--EXPECT--
first: 4 answers; connections opened for an earlier configuration: 0
another host name (localhost): 4 answers; connections opened for an earlier configuration: 0
another CA file: 4 answers; connections opened for an earlier configuration: 0
plain HTTP: 4 answers; connections opened for an earlier configuration: 0
the first configuration with another secret: every connection of the first among its own: true, of the others: 0
