--TEST--
Stack: a client with persistent => false keeps a connection cache of its own: its batches and single calls share it, it closes with the client, and no other client (persistent or not) ever rides one of its connections
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

function people(int $first): array
{
    $people = [];
    for ($n = $first; $n < $first + 8; $n++) {
        $people[] = ['name' => "Customer $n", 'email' => "np$n@example.com", 'phone' => sprintf('+2547%08d', $n),
            'country' => 'Kenya', 'currency' => 'KES'];
    }
    return $people;
}

/** TCP connections this process holds open to a port of 127.0.0.1 (Linux: /proc). */
function open_connections_to(int $port): int
{
    $inodes = [];
    foreach (glob('/proc/self/fd/*') ?: [] as $fd) {
        if (preg_match('/^socket:\[(\d+)\]$/', (string) @readlink($fd), $m)) {
            $inodes[$m[1]] = true;
        }
    }
    $open = 0;
    foreach (file('/proc/self/net/tcp', FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        $fields = preg_split('/\s+/', trim($line));
        // remote address 0100007F:PORT, state 01 (established), inode in field 9
        if (count($fields) > 9 && $fields[2] === sprintf('0100007F:%04X', $port) && $fields[3] === '01' && isset($inodes[$fields[9]])) {
            $open++;
        }
    }
    return $open;
}

$stack = cashfin_stack_start(['api_workers' => 8, 'http2' => false, 'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => 50]]);
$ids = cashfin_stack_seed($stack, 4);
$tls = ['base_url' => $stack['https'], 'ca_info' => $stack['ca']];
$port = parse_url($stack['https'], PHP_URL_PORT);

cashfin_stack_reset_log($stack);
$own = new Cashfin\Customers('cs_test', $tls + ['persistent' => false]);
$own->createMany(people(100), ['concurrency' => 8]);
$first = cashfin_stack_connection_ids($stack, '/business/');
cashfin_stack_reset_log($stack);
$own->createMany(people(200), ['concurrency' => 8]);
$own->details($ids[0]);
$second = cashfin_stack_connection_ids($stack, '/business/');
$ownConnections = array_values(array_unique(array_merge($first, $second)));
echo "persistent => false: a second batch and a call after it ride every connection of the first batch: ",
    var_export(array_diff($first, $second) === [], true), ", new: only what the first left short of 8: ",
    var_export(count(array_diff($second, $first)) === 8 - count($first), true), ", the call reused one: ",
    var_export($own->lastResponse()['connection_reused'], true), "\n";

// A persistent client beside it: the worker's connections, never the other client's.
cashfin_stack_reset_log($stack);
$worker = new Cashfin\Customers('cs_test', $tls);
$worker->detailsMany($ids, ['concurrency' => 4]);
$workerConnections = cashfin_stack_connection_ids($stack, '/business/');
echo "persistent client beside it: connections of the other client's: ", count(array_intersect($workerConnections, $ownConnections)), "\n";

// The client's connections close with it; the worker's stay open.
$before = open_connections_to($port);
unset($own);
echo "connections this process holds to the API: both clients' (", var_export($before === count($ownConnections) + count($workerConnections), true),
    "); once the persistent => false client is gone: the other's (", var_export(open_connections_to($port) === count($workerConnections), true), ")\n";

// Another non-persistent client: connections of its own, none of the earlier ones.
cashfin_stack_reset_log($stack);
$next = new Cashfin\Customers('cs_test', $tls + ['persistent' => false]);
$next->detailsMany($ids, ['concurrency' => 4]);
$next->details($ids[1]);
$nextConnections = cashfin_stack_connection_ids($stack, '/business/');
echo "the next persistent => false client: earlier connections among its own: ",
    count(array_intersect($nextConnections, array_merge($ownConnections, $workerConnections))), "\n";
?>
--EXPECT--
persistent => false: a second batch and a call after it ride every connection of the first batch: true, new: only what the first left short of 8: true, the call reused one: true
persistent client beside it: connections of the other client's: 0
connections this process holds to the API: both clients' (true); once the persistent => false client is gone: the other's (true)
the next persistent => false client: earlier connections among its own: 0
