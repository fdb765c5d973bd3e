--TEST--
A server that closes at once (FIN or RST, before or after reading the request) or is not there: ConnectionException, retried, in bounded time
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$id = '507f1f77bcf86cd799439011';
$person = ['name' => 'John Doe', 'email' => 'john@example.com', 'phone' => '+254712345678', 'country' => 'Kenya', 'currency' => 'KES'];
$calls = [
    'create' => fn ($c) => $c->create($person),
    'list' => fn ($c) => $c->list(),
    'details' => fn ($c) => $c->details($id),
    'update' => fn ($c) => $c->update($id, ['city' => 'Nairobi']),
    'all' => fn ($c) => iterator_to_array($c->all()),
];

function closes(string $label, array $script, int $retries, callable $call): array
{
    $server = cf_hostile_start([$script]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 10.0, 'max_retries' => $retries]);
    [$e, $seconds] = cf_timed(fn () => $call($client));
    $high = cf_backoff_bound($retries) + 2.0;
    $connections = cf_hostile_settled($server);
    printf("%-26s %s, timeout %s, status %s, attempts %d, connections %d, under %.1f s: %s\n", $label,
        $e ? get_class($e) : 'no exception', var_export($e instanceof Cashfin\TimeoutException, true),
        var_export($e?->getHttpStatus(), true), $client->lastResponse()['attempts'], count($connections), $high,
        var_export(cf_within($seconds, 0, $high), true));
    cf_hostile_stop($server);
    return $connections;
}

// After reading the request: a FIN, not a byte sent (curl: "Empty reply from server").
foreach ($calls as $method => $call) {
    closes("$method, FIN", [['read'], ['close']], 0, $call);
}
// Without reading it: a RST ("Connection reset by peer").
foreach ($calls as $method => $call) {
    closes("$method, RST", [['peek'], ['reset']], 0, $call);
}
// Right at accept, whatever arrived.
closes('list, closed on accept', [['close']], 0, $calls['list']);

// Retried like any broken connection: max_retries + 1 attempts, the backoff between them.
closes('list, FIN, 2 retries', [['read'], ['close']], 2, $calls['list']);
closes('list, RST, 2 retries', [['peek'], ['reset']], 2, $calls['list']);
$connections = closes('create, RST, 2 retries', [['peek'], ['reset']], 2, $calls['create']);
$keys = array_map(fn ($c) => cf_hostile_header($c['heads'][0], 'idempotency-key'), $connections);
echo "  one Idempotency-Key on every attempt: ", var_export(count($keys) === 3 && count(array_unique($keys)) === 1 && $keys[0] !== null, true), "\n";

// A partial status line and then a close is no answer either.
closes('half a status line', [['read'], ['send', 'HTTP/1.1 2'], ['close']], 0, $calls['list']);

// An https URL answered in plain HTTP, then closed: the TLS handshake fails, like a reset one.
$server = cf_hostile_start([[['send', "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"], ['close']]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => str_replace('http:', 'https:', $server['base']), 'max_retries' => 2]);
[$e, $seconds] = cf_timed(fn () => $client->list());
printf("plain HTTP on https: %s, timeout %s, attempts %d, under %.1f s: %s\n", get_class($e),
    var_export($e instanceof Cashfin\TimeoutException, true), $client->lastResponse()['attempts'],
    cf_backoff_bound(2) + 2.0, var_export(cf_within($seconds, 0, cf_backoff_bound(2) + 2.0), true));
cf_hostile_stop($server);

// Nobody listening at all.
$probe = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($probe, false);
fclose($probe);
$client = new Cashfin\Customers('cs_test', ['base_url' => "http://$address", 'max_retries' => 2]);
[$e, $seconds] = cf_timed(fn () => $client->list());
printf("nobody listening: %s, attempts %d, under %.1f s: %s\n", get_class($e), $client->lastResponse()['attempts'],
    cf_backoff_bound(2) + 2.0, var_export(cf_within($seconds, 0, cf_backoff_bound(2) + 2.0), true));
?>
--EXPECT--
create, FIN                Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
list, FIN                  Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
details, FIN               Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
update, FIN                Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
all, FIN                   Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
create, RST                Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
list, RST                  Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
details, RST               Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
update, RST                Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
all, RST                   Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
list, closed on accept     Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
list, FIN, 2 retries       Cashfin\ConnectionException, timeout false, status NULL, attempts 3, connections 3, under 3.5 s: true
list, RST, 2 retries       Cashfin\ConnectionException, timeout false, status NULL, attempts 3, connections 3, under 3.5 s: true
create, RST, 2 retries     Cashfin\ConnectionException, timeout false, status NULL, attempts 3, connections 3, under 3.5 s: true
  one Idempotency-Key on every attempt: true
half a status line         Cashfin\ConnectionException, timeout false, status NULL, attempts 1, connections 1, under 2.0 s: true
plain HTTP on https: Cashfin\ConnectionException, timeout false, attempts 3, under 3.5 s: true
nobody listening: Cashfin\ConnectionException, attempts 3, under 3.5 s: true
