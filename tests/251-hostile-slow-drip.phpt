--TEST--
Hostile server: an answer trickled byte by byte past the timeout is a TimeoutException in bounded time; retries meet it again with the same Idempotency-Key
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$ok = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$head = cf_http_head(200, ['Content-Type' => 'application/json', 'Content-Length' => (string) strlen($ok)]);

function show(string $label, ?Throwable $e, float $seconds, float $low, float $high, ?Cashfin\Customers $client = null): void
{
    echo $label, ': ', $e ? get_class($e) : 'no exception', ', within ', $low, '..', $high, ' s: ',
        var_export(cf_within($seconds, $low, $high), true);
    if ($e instanceof Cashfin\Exception) {
        echo ', status ', var_export($e->getHttpStatus(), true);
    }
    if ($client) {
        echo ', attempts ', $client->lastResponse()['attempts'];
    }
    echo "\n";
    if (!(cf_within($seconds, $low, $high))) {
        echo "  took $seconds s\n";
    }
}

// The body, one byte every 100 ms (8 s in all), against a 0.6 s timeout.
$server = cf_hostile_start([[['read'], ['send', $head], ['drip', $ok, 100]]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 0.6, 'max_retries' => 0]);
[$e, $seconds] = cf_timed(fn () => $client->list());
show('body dripped', $e, $seconds, 0.5, 2.6, $client);
echo "  a ConnectionException too: ", var_export($e instanceof Cashfin\ConnectionException, true), "\n";
$body = $e->getResponseBody();
echo "  body is what had arrived: ", var_export(is_string($body) && strlen($body) < strlen($ok) && str_starts_with($ok, $body), true), "\n";
echo "  message names the timeout, not the secret: ", var_export(stripos($e->getMessage(), 'timed out') !== false
    && !str_contains((string) $e, 'cs_test'), true), "\n";
$connections = cf_hostile_settled($server);
echo "  connections: ", count($connections), ", closed by ", $connections[0]['ended_by'], "\n";

// The status line itself, one byte every 100 ms.
$server = cf_hostile_start([[['read'], ['drip', $head . $ok, 100]]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 0.6, 'max_retries' => 0]);
[$e, $seconds] = cf_timed(fn () => $client->list());
show('head dripped', $e, $seconds, 0.5, 2.6, $client);

// Slow but within the timeout: 5 ms a byte is well inside 30 s.
$server = cf_hostile_start([[['read'], ['send', $head], ['drip', $ok, 5]]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 30.0, 'max_retries' => 0]);
[$e, $seconds, $page] = cf_timed(fn () => $client->list());
echo "slow but in time: ", $e ? get_class($e) : json_encode($page), "\n";

// Every attempt dripped: timeout * (retries + 1) plus the backoff, and no more.
$server = cf_hostile_start([[['read'], ['send', $head], ['drip', $ok, 100]]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 0.4, 'max_retries' => 2]);
[$e, $seconds] = cf_timed(fn () => $client->list());
show('dripped, 2 retries', $e, $seconds, 1.1, 1.2 + cf_backoff_bound(2) + 2.0, $client);
echo "  connections: ", count(cf_hostile_settled($server)), "\n";

// A create is retried too, always with the same Idempotency-Key.
$created = '{"success":true,"message":"Customer created successfully","data":{"_id":"507f1f77bcf86cd799439011"}}';
$server = cf_hostile_start([[['read'], ['send', cf_http_head(201, ['Content-Length' => (string) strlen($created)])], ['drip', $created, 100]]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 0.4, 'max_retries' => 1]);
[$e, $seconds] = cf_timed(fn () => $client->create(['name' => 'John Doe', 'email' => 'john@example.com',
    'phone' => '+254712345678', 'country' => 'Kenya', 'currency' => 'KES']));
show('create dripped, 1 retry', $e, $seconds, 0.7, 0.8 + cf_backoff_bound(1) + 2.0, $client);
$keys = [];
foreach (cf_hostile_settled($server) as $connection) {
    $keys[] = cf_hostile_header($connection['heads'][0], 'idempotency-key');
}
echo "  requests ", count($keys), ", one key on all: ", var_export(count(array_unique($keys)) === 1 && $keys[0] !== null, true), "\n";
?>
--EXPECT--
body dripped: Cashfin\TimeoutException, within 0.5..2.6 s: true, status 200, attempts 1
  a ConnectionException too: true
  body is what had arrived: true
  message names the timeout, not the secret: true
  connections: 1, closed by client
head dripped: Cashfin\TimeoutException, within 0.5..2.6 s: true, status NULL, attempts 1
slow but in time: {"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}
dripped, 2 retries: Cashfin\TimeoutException, within 1.1..4.7 s: true, status 200, attempts 3
  connections: 3
create dripped, 1 retry: Cashfin\TimeoutException, within 0.7..3.3 s: true, status 201, attempts 2
  requests 2, one key on all: true
