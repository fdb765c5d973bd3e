--TEST--
Exceptions keep at most the first 64 KiB of an answer's body: a large error page, a chunked answer refused for size, and a bulk call whose entries all fail that way hold little memory
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$big = '{"success":false,"error":"Too big","pad":"' . str_repeat('x', 2 * 1024 * 1024) . '"}';

cf_fault($base, ['status' => 400, 'body' => $big]);
$e = cf_catch(fn () => $client->list());
echo get_class($e), ' ', $e->getMessage(), ': body of ', strlen($e->getResponseBody()), ' bytes, the start of the answer: ',
    var_export(str_starts_with($big, $e->getResponseBody()), true), "\n";

$small = '{"success":false,"error":"Small"}';
cf_fault($base, ['status' => 400, 'body' => $small]);
$e = cf_catch(fn () => $client->list());
echo get_class($e), ' ', $e->getMessage(), ': the whole body: ', var_export($e->getResponseBody() === $small, true), "\n";

// Chunked, so that the size is only known once max_response_bytes of it arrived.
$oversize = '{"success":true,"data":{"pad":"' . str_repeat('y', 1536 * 1024) . '"}}';
$chunked = cf_http_head(200, ['Content-Type' => 'application/json', 'Transfer-Encoding' => 'chunked'])
    . implode('', array_map(fn ($part) => dechex(strlen($part)) . "\r\n$part\r\n", str_split($oversize, 65536))) . "0\r\n\r\n";
$server = cf_hostile_start([[['read'], ['send', $chunked]]]);
$limited = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 0, 'max_response_bytes' => 1024 * 1024]);
$e = cf_catch(fn () => $limited->details('507f1f77bcf86cd799439011'));
echo get_class($e), ': body of ', strlen($e->getResponseBody()), " bytes\n";

// Twelve entries refused for size: what the results hold stays small.
$before = memory_get_usage();
$results = $limited->detailsMany(array_fill(0, 12, '507f1f77bcf86cd799439011'), ['concurrency' => 4]);
$held = memory_get_usage() - $before;
echo count(array_filter($results, fn ($r) => $r instanceof Cashfin\UnexpectedResponseException)), ' refused, each body at most 64 KiB: ',
    var_export(max(array_map(fn ($r) => strlen($r->getResponseBody()), $results)) <= 65536, true),
    ', results hold under 2 MiB: ', var_export($held < 2 * 1024 * 1024, true), "\n";
?>
--EXPECT--
Cashfin\ApiException Too big: body of 65536 bytes, the start of the answer: true
Cashfin\ApiException Small: the whole body: true
Cashfin\UnexpectedResponseException: body of 65536 bytes
12 refused, each body at most 64 KiB: true, results hold under 2 MiB: true
