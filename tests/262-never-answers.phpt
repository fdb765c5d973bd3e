--TEST--
A server that never answers: TimeoutException within timeout * (max_retries + 1) plus the backoff bound, for every method, after the request, after the head, or during the TLS handshake
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

function never(string $label, array $script, array $options, callable $call, string $scheme = 'http'): array
{
    $server = cf_hostile_start([$script]);
    $client = new Cashfin\Customers('cs_test', $options + ['base_url' => str_replace('http:', "$scheme:", $server['base'])]);
    [$e, $seconds] = cf_timed(fn () => $call($client));
    // Each attempt waits out its own timeout (connect_timeout bounds a handshake); the backoff comes on top.
    $per_attempt = $scheme === 'https' ? $options['connect_timeout'] : $options['timeout'];
    $attempts = $options['max_retries'] + 1;
    $low = $per_attempt * $attempts * 0.9;
    $high = $per_attempt * $attempts + cf_backoff_bound($options['max_retries']) + 2.0;
    $connections = cf_hostile_settled($server);
    printf("%-30s %s, attempts %d, connections %d, closed by %s, within %.2f..%.2f s: %s\n", $label,
        $e ? get_class($e) : 'no exception', $client->lastResponse()['attempts'], count($connections),
        implode('/', array_unique(array_column($connections, 'ended_by'))), $low, $high,
        var_export(cf_within($seconds, $low, $high), true));
    if (!(cf_within($seconds, $low, $high))) {
        echo "  took $seconds s\n";
    }
    cf_hostile_stop($server);
    return $connections;
}

$silent = [['read'], ['hang']];
foreach ($calls as $method => $call) {
    never("$method, no retries", $silent, ['timeout' => 0.5, 'max_retries' => 0], $call);
}
foreach (['create' => $calls['create'], 'list' => $calls['list']] as $method => $call) {
    $connections = never("$method, 2 retries", $silent, ['timeout' => 0.4, 'max_retries' => 2], $call);
    if ($method === 'create') {
        $keys = array_map(fn ($c) => cf_hostile_header($c['heads'][0], 'idempotency-key'), $connections);
        echo "  one Idempotency-Key on every attempt: ", var_export(count(array_unique($keys)) === 1 && $keys[0] !== null, true), "\n";
    }
}

// Never reads the request at all; answers the head and stops; sends interim 100s forever.
never('request never read', [['hang']], ['timeout' => 0.5, 'max_retries' => 1], $calls['list']);
never('head, then silence', [['read'], ['send', cf_http_head(200, ['Content-Length' => '100'])], ['hang']],
    ['timeout' => 0.5, 'max_retries' => 1], $calls['list']);
never('100 Continue forever', [['read'], ['forever', "HTTP/1.1 100 Continue\r\n\r\n", 20]],
    ['timeout' => 0.5, 'max_retries' => 1], $calls['list']);

// TLS: the TCP connection is accepted, the handshake never answered; connect_timeout bounds it.
never('TLS handshake never answered', [['hang']], ['timeout' => 30.0, 'connect_timeout' => 0.4, 'max_retries' => 2],
    $calls['list'], 'https');

// The exception says what happened and nothing else.
$server = cf_hostile_start([$silent]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 0.3, 'max_retries' => 0]);
[$e] = cf_timed(fn () => $client->list());
echo "ConnectionException: ", var_export($e instanceof Cashfin\ConnectionException, true), ", status ", var_export($e->getHttpStatus(), true),
    ", body ", var_export($e->getResponseBody(), true), ", message without the secret: ", var_export(!str_contains((string) $e, 'cs_test'), true), "\n";
$last = $client->lastResponse();
echo "lastResponse: status ", var_export($last['status'], true), ", attempts ", $last['attempts'], "\n";
?>
--EXPECT--
create, no retries             Cashfin\TimeoutException, attempts 1, connections 1, closed by client, within 0.45..2.50 s: true
list, no retries               Cashfin\TimeoutException, attempts 1, connections 1, closed by client, within 0.45..2.50 s: true
details, no retries            Cashfin\TimeoutException, attempts 1, connections 1, closed by client, within 0.45..2.50 s: true
update, no retries             Cashfin\TimeoutException, attempts 1, connections 1, closed by client, within 0.45..2.50 s: true
all, no retries                Cashfin\TimeoutException, attempts 1, connections 1, closed by client, within 0.45..2.50 s: true
create, 2 retries              Cashfin\TimeoutException, attempts 3, connections 3, closed by client, within 1.08..4.70 s: true
  one Idempotency-Key on every attempt: true
list, 2 retries                Cashfin\TimeoutException, attempts 3, connections 3, closed by client, within 1.08..4.70 s: true
request never read             Cashfin\TimeoutException, attempts 2, connections 2, closed by client, within 0.90..3.50 s: true
head, then silence             Cashfin\TimeoutException, attempts 2, connections 2, closed by client, within 0.90..3.50 s: true
100 Continue forever           Cashfin\TimeoutException, attempts 2, connections 2, closed by client, within 0.90..3.50 s: true
TLS handshake never answered   Cashfin\TimeoutException, attempts 3, connections 3, closed by client, within 1.08..4.70 s: true
ConnectionException: true, status NULL, body NULL, message without the secret: true
lastResponse: status NULL, attempts 1
