--TEST--
Hostile server: a connection reset mid-body is a ConnectionException, a body cut short by a close is an UnexpectedResponseException; both are retried, in bounded time
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$ok = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$head = cf_http_head(200, ['Content-Type' => 'application/json', 'Content-Length' => (string) strlen($ok)]);
$half = substr($ok, 0, 30);

function case_(string $label, array $script, int $retries, float $high, ?callable $call = null): void
{
    global $ok, $half;

    $server = cf_hostile_start([$script]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 5.0, 'max_retries' => $retries]);
    [$e, $seconds] = cf_timed($call ? fn () => $call($client) : fn () => $client->list());
    $connections = cf_hostile_settled($server);
    echo str_pad($label, 34), $e ? get_class($e) : 'no exception', ', status ', var_export($e?->getHttpStatus(), true),
        ', attempts ', $client->lastResponse()['attempts'], ', connections ', count($connections),
        ', ended by ', implode('/', array_unique(array_column($connections, 'ended_by'))),
        ', under ', $high, ' s: ', var_export(cf_within($seconds, 0, $high), true), "\n";
    if ($e instanceof Cashfin\Exception && $e->getResponseBody() !== null) {
        $body = $e->getResponseBody();
        echo str_repeat(' ', 34), 'body: ', match ($body) { '' => 'empty', $half => 'the part sent', $ok => 'all of it', default => json_encode($body) }, "\n";
    }
    cf_hostile_stop($server);
}

// A reset (RST): the server never reads the request and closes, mid-body.
case_('reset mid-body', [['peek'], ['send', $head . $half], ['sleep', 50], ['reset']], 0, 2.0);
case_('reset mid-body, 2 retries', [['peek'], ['send', $head . $half], ['sleep', 50], ['reset']], 2, 2.0 + cf_backoff_bound(2));
case_('reset after the head', [['peek'], ['send', $head], ['sleep', 50], ['reset']], 0, 2.0);
case_('reset before a byte', [['peek'], ['reset']], 0, 2.0);

// A graceful close (FIN) before the Content-Length is reached: the answer is cut short.
case_('closed mid-body', [['read'], ['send', $head . $half], ['close']], 0, 2.0);
case_('closed mid-body, 2 retries', [['read'], ['send', $head . $half], ['close']], 2, 2.0 + cf_backoff_bound(2));
case_('closed mid-chunk', [['read'], ['send', cf_http_head(200, ['Transfer-Encoding' => 'chunked'])
    . dechex(strlen($ok)) . "\r\n" . $half], ['close']], 0, 2.0);
case_('closed before the last chunk', [['read'], ['send', cf_http_head(200, ['Transfer-Encoding' => 'chunked'])
    . dechex(strlen($ok)) . "\r\n$ok\r\n"], ['close']], 0, 2.0);

// Every method meets it the same way; a create retried after a reset keeps its Idempotency-Key.
$created = '{"success":true,"message":"Customer created successfully","data":{"_id":"507f1f77bcf86cd799439011"}}';
$server = cf_hostile_start([
    [['peek'], ['send', cf_http_head(201, ['Content-Length' => (string) strlen($created)]) . substr($created, 0, 20)], ['sleep', 50], ['reset']],
    cf_hostile_answer(201, $created),
]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 5.0, 'max_retries' => 1]);
$customer = $client->create(['name' => 'John Doe', 'email' => 'john@example.com', 'phone' => '+254712345678',
    'country' => 'Kenya', 'currency' => 'KES']);
$connections = cf_hostile_settled($server);
$keys = array_map(fn ($c) => cf_hostile_header($c['heads'][0], 'idempotency-key'), $connections);
echo "create reset then answered: ", $customer['_id'], ", attempts ", $client->lastResponse()['attempts'],
    ", same key on both: ", var_export(count($keys) === 2 && $keys[0] !== null && $keys[0] === $keys[1], true), "\n";

foreach ([
    'details' => fn ($c) => $c->details('507f1f77bcf86cd799439011'),
    'update' => fn ($c) => $c->update('507f1f77bcf86cd799439011', ['city' => 'Nairobi']),
    'all' => fn ($c) => iterator_to_array($c->all()),
] as $method => $call) {
    case_("$method, reset mid-body", [['peek'], ['send', $head . $half], ['sleep', 50], ['reset']], 0, 2.0, $call);
}
?>
--EXPECT--
reset mid-body                    Cashfin\ConnectionException, status 200, attempts 1, connections 1, ended by reset, under 2 s: true
                                  body: the part sent
reset mid-body, 2 retries         Cashfin\ConnectionException, status 200, attempts 3, connections 3, ended by reset, under 3.5 s: true
                                  body: the part sent
reset after the head              Cashfin\ConnectionException, status 200, attempts 1, connections 1, ended by reset, under 2 s: true
                                  body: empty
reset before a byte               Cashfin\ConnectionException, status NULL, attempts 1, connections 1, ended by reset, under 2 s: true
closed mid-body                   Cashfin\UnexpectedResponseException, status 200, attempts 1, connections 1, ended by server, under 2 s: true
                                  body: the part sent
closed mid-body, 2 retries        Cashfin\UnexpectedResponseException, status 200, attempts 3, connections 3, ended by server, under 3.5 s: true
                                  body: the part sent
closed mid-chunk                  Cashfin\UnexpectedResponseException, status 200, attempts 1, connections 1, ended by server, under 2 s: true
                                  body: the part sent
closed before the last chunk      Cashfin\UnexpectedResponseException, status 200, attempts 1, connections 1, ended by server, under 2 s: true
                                  body: all of it
create reset then answered: 507f1f77bcf86cd799439011, attempts 2, same key on both: true
details, reset mid-body           Cashfin\ConnectionException, status 200, attempts 1, connections 1, ended by reset, under 2 s: true
                                  body: the part sent
update, reset mid-body            Cashfin\ConnectionException, status 200, attempts 1, connections 1, ended by reset, under 2 s: true
                                  body: the part sent
all, reset mid-body               Cashfin\ConnectionException, status 200, attempts 1, connections 1, ended by reset, under 2 s: true
                                  body: the part sent
