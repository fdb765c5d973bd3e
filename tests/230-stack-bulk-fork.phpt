--TEST--
Stack: fork() after a batch over TLS: the child's single calls and batches (on the inherited client and on a new one) open connections of their own and never touch the parent's, which the parent's next batch and call reuse, every one intact
--SKIPIF--
<?php
require __DIR__ . '/stack.inc';
if (($why = cashfin_stack_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
pcntl
--FILE--
<?php
require __DIR__ . '/stack.inc';

function all_answered(array $answers, array $ids): bool
{
    return array_map(fn ($answer) => is_array($answer) ? $answer['_id'] : get_class($answer), $answers) === $ids;
}

$stack = cashfin_stack_start(['api_workers' => 8, 'http2' => false, 'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => 50]]);
$ids = cashfin_stack_seed($stack, 4);
$tls = ['base_url' => $stack['https'], 'ca_info' => $stack['ca']];

cashfin_stack_reset_log($stack);
$client = new Cashfin\Customers('cs_test', $tls);
echo "parent: batch answered: ", var_export(all_answered($client->detailsMany($ids, ['concurrency' => 4]), $ids), true), "\n";
$parents = cashfin_stack_connection_ids($stack, '/business/');

cashfin_stack_reset_log($stack);
$pid = pcntl_fork();
if ($pid === 0) {
    $inherited = $client->details($ids[0])['_id'] === $ids[0] && all_answered($client->detailsMany($ids, ['concurrency' => 4]), $ids);
    $own = new Cashfin\Customers('cs_test', $tls);
    $fresh = all_answered($own->detailsMany($ids, ['concurrency' => 4]), $ids);
    echo "child: inherited client answered: ", var_export($inherited, true), ", a new client: ", var_export($fresh, true), "\n";
    exit(0); // the inherited pool and client are let go at shutdown, without a write on the parent's connections
}
pcntl_waitpid($pid, $status);
$childs = cashfin_stack_connection_ids($stack, '/business/');
echo "child exited with ", pcntl_wifexited($status) ? pcntl_wexitstatus($status) : 'a signal', "; it used ", count($childs) > 0 ? 'some' : 'no',
    " connections, of the parent's: ", count(array_intersect($childs, $parents)), "\n";

// Had the child closed or written on them, the parent's connections would be gone (or broken) now.
cashfin_stack_reset_log($stack);
$again = all_answered($client->detailsMany($ids, ['concurrency' => 4]), $ids);
$client->details($ids[1]);
echo "parent: next batch answered: ", var_export($again, true), ", on every connection of its first: ",
    var_export(array_diff($parents, cashfin_stack_connection_ids($stack, '/business/')) === [], true),
    ", then a call reused one: ", var_export($client->lastResponse()['connection_reused'], true), "\n";
?>
--EXPECT--
parent: batch answered: true
child: inherited client answered: true, a new client: true
child exited with 0; it used some connections, of the parent's: 0
parent: next batch answered: true, on every connection of its first: true, then a call reused one: true
