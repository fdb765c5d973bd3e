--TEST--
Stack: two createMany() of 16 in a row over TLS open 16 connections between them, not 32: the second batch draws the first one's connections from the worker's pool, with a TLS handshake only for a connection the first did not open (HTTP/1.1); over HTTP/2 both ride one connection
--DESCRIPTION--
Over TLS a batch asks libcurl to wait for a connection being opened to say whether it multiplexes
(CURLOPT_PIPEWAIT). Once it says HTTP/1.1, libcurl 7.88 starts the waiting entries on connections of
their own: the first batch opens 16. libcurl 8 lets them wait until the first transfer on it ends, and
one of them then reuses that connection: the first batch opens 15, and the second opens the 16th.
Either way the second batch rides every connection of the first and the two open 16 in all.
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
    for ($n = $first; $n < $first + 16; $n++) {
        $people["crm-$n"] = ['name' => "Customer $n", 'email' => "bulk$n@example.com", 'phone' => sprintf('+2547%08d', $n),
            'country' => 'Kenya', 'currency' => 'KES'];
    }
    return $people;
}

/** Creates 16 customers in one batch; returns how many were created, the protocols and the connections used. */
function batch(array $stack, Cashfin\Customers $client, int $first): array
{
    cashfin_stack_reset_log($stack);
    $result = $client->createMany(people($first), ['concurrency' => 16]);
    $lines = cashfin_stack_api_requests($stack, '/business/customer/create');
    return [count(array_filter($result, fn ($value) => is_array($value))), implode(',', array_unique(array_column($lines, 'protocol'))),
        cashfin_stack_connection_ids($stack, '/business/customer/create')];
}

// 16 FPM workers and 50 ms per answer: the 16 requests of a batch are in flight together.
foreach (['TLS, HTTP/1.1' => false, 'TLS, HTTP/2' => true] as $name => $http2) {
    $stack = cashfin_stack_start(['api_workers' => 16, 'http2' => $http2, 'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => 50]]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]);
    [$created, $protocols, $first] = batch($stack, $client, 100);
    echo "$name, first batch: $created created, $protocols, ",
        $http2 ? 'connections: ' . count($first) : 'connections: 15 or 16: ' . var_export(in_array(count($first), [15, 16], true), true), "\n";
    [$created, $protocols, $second] = batch($stack, $client, 200);
    $new = count(array_diff($second, $first));
    $wanted = $http2 ? 1 : 16; // connections the batch needs: one per entry, or one to multiplex them all
    echo "$name, second batch: $created created, $protocols, every connection of the first among its own: ",
        var_export(array_diff($first, $second) === [], true), ", new (a TLS handshake each): ",
        $new === $wanted - count($first) ? "$new, what the first left short of $wanted" : "WRONG $new", "\n";
    echo "$name: connections of both batches: ", count(array_unique(array_merge($first, $second))), "\n";
    unset($client);
    cashfin_stack_stop($stack);
}
?>
--EXPECTF--
TLS, HTTP/1.1, first batch: 16 created, HTTP/1.1, connections: 15 or 16: true
TLS, HTTP/1.1, second batch: 16 created, HTTP/1.1, every connection of the first among its own: true, new (a TLS handshake each): %r[01]%r, what the first left short of 16
TLS, HTTP/1.1: connections of both batches: 16
TLS, HTTP/2, first batch: 16 created, HTTP/2.0, connections: 1
TLS, HTTP/2, second batch: 16 created, HTTP/2.0, every connection of the first among its own: true, new (a TLS handshake each): 0, what the first left short of 1
TLS, HTTP/2: connections of both batches: 1
