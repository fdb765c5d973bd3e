--TEST--
max_response_bytes: an answer over the cap (declared, chunked, endless, gzip bomb, error pages) is an UnexpectedResponseException at once, not retried, holding at most the cap
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc';

$ok = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$cap = 64 * 1024;
$over = str_pad($ok, $cap + 1, ' ');   // valid JSON, one byte too many

function over_cap(string $label, array $script, array $options, float $high = 3.0): void
{
    $server = cf_hostile_start([$script]);
    $client = new Cashfin\Customers('cs_test', $options + ['base_url' => $server['base'], 'max_retries' => 2, 'timeout' => 20.0]);
    [$e, $seconds] = cf_timed(fn () => $client->list());
    $cap = $options['max_response_bytes'] ?? 16 * 1024 * 1024;
    $body = $e instanceof Cashfin\Exception ? $e->getResponseBody() : null;
    echo str_pad($label, 24), $e ? get_class($e) : 'no exception', ', status ', var_export($e?->getHttpStatus(), true),
        ', attempts ', $client->lastResponse()['attempts'], ', body within the cap ', var_export($body === null || strlen($body) <= $cap, true),
        ', message names the cap ', var_export($e !== null && str_contains($e->getMessage(), 'max_response_bytes'), true),
        ', under ', $high, ' s ', var_export(cf_within($seconds, 0, $high), true), "\n";
    cf_hostile_stop($server);
}

$options = ['max_response_bytes' => $cap];
over_cap('declared length', cf_hostile_answer(200, $over), $options);
over_cap('chunked', [['read'], ['send', cf_http_head(200, ['Transfer-Encoding' => 'chunked'])
    . dechex(strlen($over)) . "\r\n$over\r\n0\r\n\r\n"]], $options);
over_cap('no length, until close', [['read'], ['send', "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n$over"], ['close']], $options);
// An endless body would keep a client busy until its timeout (20 s here): the cap stops it first.
over_cap('endless', [['read'], ['send', cf_http_head(200, ['Transfer-Encoding' => 'chunked'])],
    ['forever', "8000\r\n" . str_repeat(' ', 0x8000) . "\r\n", 1]], $options);
// 50 MB of spaces compress to 50 kB: what counts is the decoded size.
$bomb = gzencode(str_repeat(' ', 50 * 1024 * 1024), 9);
over_cap('gzip bomb, 1 MiB cap', cf_hostile_answer(200, $bomb, 'application/json', ['Content-Encoding' => 'gzip']),
    ['max_response_bytes' => 1024 * 1024]);
over_cap('gzip bomb, default cap', cf_hostile_answer(200, $bomb, 'application/json', ['Content-Encoding' => 'gzip']), [], 10.0);
// An error answer over the cap is no different: its status is kept, it is not retried.
over_cap('500 over the cap', cf_hostile_answer(500, str_pad('{"success":false,"error":"boom"}', $cap + 1, ' ')), $options);
over_cap('404 over the cap', cf_hostile_answer(404, str_pad('{"success":false,"error":"Customer not found"}', $cap + 1, ' ')), $options);

// Exactly the cap is fine; the smallest cap (1 KiB) too.
foreach ([$cap, 1024] as $size) {
    $server = cf_hostile_start([cf_hostile_answer(200, str_pad($ok, $size, ' '))]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_response_bytes' => $size]);
    echo "exactly $size bytes: ", json_encode($client->list()['pagination']), "\n";
    cf_hostile_stop($server);
}

// Through the sandbox: a 2 MiB answer against a 1 MiB cap.
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_response_bytes' => 1024 * 1024]);
cf_fault($base, ['status' => 200, 'body' => str_pad($ok, 2 * 1024 * 1024, ' '), 'count' => 3]);
[$e, $seconds] = cf_timed(fn () => $client->list());
echo "sandbox, 2 MiB: ", get_class($e), ', requests ', count(cf_requests($base)), ', under 3 s ', var_export(cf_within($seconds, 0, 3.0), true), "\n";
cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
echo "next call: ", $client->list()['pagination']['total'], "\n";
?>
--EXPECT--
declared length         Cashfin\UnexpectedResponseException, status 200, attempts 1, body within the cap true, message names the cap true, under 3 s true
chunked                 Cashfin\UnexpectedResponseException, status 200, attempts 1, body within the cap true, message names the cap true, under 3 s true
no length, until close  Cashfin\UnexpectedResponseException, status 200, attempts 1, body within the cap true, message names the cap true, under 3 s true
endless                 Cashfin\UnexpectedResponseException, status 200, attempts 1, body within the cap true, message names the cap true, under 3 s true
gzip bomb, 1 MiB cap    Cashfin\UnexpectedResponseException, status 200, attempts 1, body within the cap true, message names the cap true, under 3 s true
gzip bomb, default cap  Cashfin\UnexpectedResponseException, status 200, attempts 1, body within the cap true, message names the cap true, under 10 s true
500 over the cap        Cashfin\UnexpectedResponseException, status 500, attempts 1, body within the cap true, message names the cap true, under 3 s true
404 over the cap        Cashfin\UnexpectedResponseException, status 404, attempts 1, body within the cap true, message names the cap true, under 3 s true
exactly 65536 bytes: {"total":0,"page":1,"limit":10,"pages":0}
exactly 1024 bytes: {"total":0,"page":1,"limit":10,"pages":0}
sandbox, 2 MiB: Cashfin\UnexpectedResponseException, requests 1, under 3 s true
next call: 0
