--TEST--
Malformed HTTP (chunked garbage, broken headers, non-HTTP bytes, corrupt gzip): a Cashfin\Exception in bounded time, never a crash
--DESCRIPTION--
A transfer libcurl cannot decode is a ConnectionException (no usable answer), as a reset is; a
transfer that decodes but ends early is an UnexpectedResponseException (an answer cut short); one
that decodes whole but is not the JSON envelope is an UnexpectedResponseException too. So is an
answer whose headers are more than the client reads (1,000 lines or 64 KiB in the answer's block,
or one line over libcurl's own 100 KiB), never retried: the client refuses such a block itself,
below the limits libcurl has of its own (300 kB, and 5,000 lines since libcurl 8), so that every
libcurl gives the same exception.
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$ok = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$chunked = cf_http_head(200, ['Transfer-Encoding' => 'chunked', 'Content-Type' => 'application/json']);
$length = strlen($ok);

$cases = [
    'chunk size not hex' => $chunked . "zz\r\n$ok\r\n0\r\n\r\n",
    'chunk size negative' => $chunked . "-5\r\n$ok\r\n0\r\n\r\n",
    'chunk size 2^80' => $chunked . "ffffffffffffffffffff\r\n$ok\r\n0\r\n\r\n",
    'chunk longer than its size' => $chunked . "5\r\n$ok\r\n0\r\n\r\n",
    'chunk without CRLF' => $chunked . dechex($length) . "\r\n{$ok}XX0\r\n\r\n",
    'no last chunk' => $chunked . dechex($length) . "\r\n$ok\r\n",
    'chunked, not JSON' => $chunked . "5\r\nhello\r\n0\r\n\r\n",
    'header without colon' => "HTTP/1.1 200 OK\r\nthis is not a header\r\nContent-Length: $length\r\n\r\n$ok",
    'one 200 kB header' => "HTTP/1.1 200 OK\r\nX-Big: " . str_repeat('a', 200000) . "\r\nContent-Length: $length\r\n\r\n$ok",
    'status code 099' => "HTTP/1.1 099 Odd\r\nContent-Length: 2\r\n\r\n{}",
    'status code abc' => "HTTP/1.1 abc Odd\r\nContent-Length: 2\r\n\r\n{}",
    'HTTP/9.9' => "HTTP/9.9 200 OK\r\nContent-Length: $length\r\n\r\n$ok",
    'an SSH banner' => "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n",
    'random bytes' => hex2bin('8f1e00c3ff27a94d0b61e2' . str_repeat('00ff', 100)),
    'corrupt gzip' => cf_http_head(200, ['Content-Encoding' => 'gzip', 'Content-Length' => '20']) . "\x1f\x8b\x08\x00garbagegarbage!!",
    'gzip cut short' => cf_http_head(200, ['Content-Encoding' => 'gzip', 'Content-Length' => '30'])
        . substr(gzencode($ok), 0, 30),
];
foreach ($cases as $label => $bytes) {
    $server = cf_hostile_start([[['read'], ['send', $bytes], ['close']]]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 10.0, 'max_retries' => 2]);
    [$e, $seconds] = cf_timed(fn () => $client->list());
    $high = cf_backoff_bound(2) + 2.0;
    printf("%-28s %s, status %s, attempts %d, under %.1f s: %s\n", $label, $e ? get_class($e) : 'no exception',
        var_export($e?->getHttpStatus(), true), $client->lastResponse()['attempts'], $high, var_export(cf_within($seconds, 0, $high), true));
    cf_hostile_stop($server);
}

// Headers that never end: refused at the client's limit, long before the timeout, and not retried.
$server = cf_hostile_start([[['read'], ['send', "HTTP/1.1 200 OK\r\n"], ['forever', str_repeat("X-More: yes\r\n", 1000), 2]]]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'timeout' => 20.0, 'max_retries' => 2]);
[$e, $seconds] = cf_timed(fn () => $client->list());
printf("endless headers: %s, attempts %d, under 10 s: %s\n", get_class($e), $client->lastResponse()['attempts'],
    var_export(cf_within($seconds, 0, 10.0), true));
echo "  ", $e->getMessage(), "\n";
cf_hostile_stop($server);

// The block's limits, exactly: lines (Content-Length is one of them) and bytes ("Name: value\r\n" lines).
$lines = fn (int $n) => str_repeat("X-Many: b\r\n", $n - 1) . "Content-Length: $length\r\n";
$bytes = fn (int $n) => 'X-Big: ' . str_repeat('a', $n - 7 - 2 - 20) . "\r\nContent-Length: $length\r\n";
foreach ([
    '1,000 lines' => $lines(1000),
    '1,001 lines' => $lines(1001),
    '5,001 lines' => $lines(5001),
    '20,000 lines' => $lines(20000),
    // A line that looks like a status line inside the block is a header, not a new block: it resets nothing.
    'HTTP/ lines' => str_replace(str_repeat("X-Many: b\r\n", 900), str_repeat("X-Many: b\r\n", 899) . "HTTP/x: y\r\n", $lines(5400)),
    '65,536 bytes' => $bytes(65536),
    '65,537 bytes' => $bytes(65537),
] as $label => $block) {
    $server = cf_hostile_start([[['read'], ['send', "HTTP/1.1 200 OK\r\n$block\r\n$ok"], ['close']]]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 2]);
    [$e, $seconds] = cf_timed(fn () => $client->list());
    $last = $client->lastResponse();
    printf("%-13s %s, status %s, attempts %d, headers %s\n", $label, $e ? get_class($e) : 'read',
        var_export($last['status'], true), $last['attempts'], $e ? '-' : count($last['headers']));
    cf_hostile_stop($server);
}
?>
--EXPECT--
chunk size not hex           Cashfin\ConnectionException, status 200, attempts 3, under 3.5 s: true
chunk size negative          Cashfin\ConnectionException, status 200, attempts 3, under 3.5 s: true
chunk size 2^80              Cashfin\ConnectionException, status 200, attempts 3, under 3.5 s: true
chunk longer than its size   Cashfin\ConnectionException, status 200, attempts 3, under 3.5 s: true
chunk without CRLF           Cashfin\ConnectionException, status 200, attempts 3, under 3.5 s: true
no last chunk                Cashfin\UnexpectedResponseException, status 200, attempts 3, under 3.5 s: true
chunked, not JSON            Cashfin\UnexpectedResponseException, status 200, attempts 1, under 3.5 s: true
header without colon         Cashfin\ConnectionException, status 200, attempts 1, under 3.5 s: true
one 200 kB header            Cashfin\UnexpectedResponseException, status 200, attempts 1, under 3.5 s: true
status code 099              Cashfin\ConnectionException, status NULL, attempts 1, under 3.5 s: true
status code abc              Cashfin\ConnectionException, status NULL, attempts 1, under 3.5 s: true
HTTP/9.9                     Cashfin\ConnectionException, status NULL, attempts 1, under 3.5 s: true
an SSH banner                Cashfin\ConnectionException, status NULL, attempts 1, under 3.5 s: true
random bytes                 Cashfin\ConnectionException, status NULL, attempts 1, under 3.5 s: true
corrupt gzip                 Cashfin\ConnectionException, status 200, attempts 1, under 3.5 s: true
gzip cut short               Cashfin\UnexpectedResponseException, status 200, attempts 1, under 3.5 s: true
endless headers: Cashfin\UnexpectedResponseException, attempts 1, under 10 s: true
  The answer's headers are more than the client reads (1000 lines, 65536 bytes)
1,000 lines   read, status 200, attempts 1, headers 2
1,001 lines   Cashfin\UnexpectedResponseException, status 200, attempts 1, headers -
5,001 lines   Cashfin\UnexpectedResponseException, status 200, attempts 1, headers -
20,000 lines  Cashfin\UnexpectedResponseException, status 200, attempts 1, headers -
HTTP/ lines   Cashfin\UnexpectedResponseException, status 200, attempts 1, headers -
65,536 bytes  read, status 200, attempts 1, headers 2
65,537 bytes  Cashfin\UnexpectedResponseException, status 200, attempts 1, headers -
