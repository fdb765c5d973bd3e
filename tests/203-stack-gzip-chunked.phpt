--TEST--
Stack: a page of 100 customers arrives gzip-encoded (and chunked over HTTP/1.1) and is decoded exactly
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

$stack = cashfin_stack_start();
$ids = cashfin_stack_seed($stack, 100);

// What nginx sends, seen with PHP streams over HTTP/1.1. auto_decode off: the wrapper would undo the
// chunking and hide the Transfer-Encoding header.
$url = "{$stack['http']}/business/customer/list?limit=100";
$plain = file_get_contents($url, false, stream_context_create(['http' => ['protocol_version' => 1.1,
    'header' => "Authorization: cs_test\r\nConnection: close\r\n"]]));
$headers = array_map('strtolower', $http_response_header);
echo "without Accept-Encoding: the length FPM declared: ",
    var_export(in_array('content-length: ' . strlen($plain), $headers, true), true), "\n";
$raw = file_get_contents($url, false, stream_context_create(['http' => ['protocol_version' => 1.1, 'auto_decode' => false,
    'header' => "Authorization: cs_test\r\nAccept-Encoding: gzip\r\nConnection: close\r\n"]]));
$headers = array_map('strtolower', $http_response_header);
echo "with Accept-Encoding: ", implode(', ', array_filter($headers,
    fn ($h) => preg_match('/^(content-encoding|transfer-encoding|content-length):/', $h))), "\n";

function dechunk(string $raw): string
{
    $body = '';
    while (preg_match('/^([0-9a-f]+)[^\r]*\r\n/i', $raw, $m)) {
        $size = hexdec($m[1]);
        if ($size === 0) {
            return $body;
        }
        $body .= substr($raw, strlen($m[0]), $size);
        $raw = substr($raw, strlen($m[0]) + $size + 2);
    }
    throw new RuntimeException('not chunked');
}
$gzipped = dechunk($raw);
$expected = json_decode($plain, true);
echo "dechunked and gunzipped equals the identity answer: ", var_export(json_decode(gzdecode($gzipped), true) === $expected, true),
    ", smaller: ", var_export(strlen($gzipped) < strlen($plain), true), "\n";

foreach (['https' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']], 'http' => ['base_url' => $stack['http']]]
         as $name => $options) {
    cashfin_stack_reset_log($stack);
    $client = new Cashfin\Customers('cs_test', $options);
    $page = $client->list(['limit' => 100]);
    echo "$name: ", count($page['data']), " customers, ", json_encode($page['pagination']), ", same as the identity answer: ",
        var_export($page['data'] === $expected['data'], true), ", newest first: ",
        var_export(array_column($page['data'], '_id') === array_reverse($ids), true), "\n";
    $headers = $client->lastResponse()['headers'];
    echo "$name: lastResponse content-encoding ", $headers['content-encoding'] ?? '(none)', "\n";
    foreach (cashfin_stack_log($stack) as $line) {
        if (str_starts_with($line['uri'], '/business/')) {
            echo "$name: nginx sent {$line['protocol']} {$line['status']}, content-encoding ",
                $line['content_encoding'] ?? '(none)', ", transfer-encoding ", $line['transfer_encoding'] ?? '(none)',
                ", gzip ratio above 3: ", var_export($line['gzip_ratio'] > 3, true), "\n";
        }
    }
}
?>
--EXPECT--
without Accept-Encoding: the length FPM declared: true
with Accept-Encoding: transfer-encoding: chunked, content-encoding: gzip
dechunked and gunzipped equals the identity answer: true, smaller: true
https: 100 customers, {"total":100,"page":1,"limit":100,"pages":1}, same as the identity answer: true, newest first: true
https: lastResponse content-encoding gzip
https: nginx sent HTTP/2.0 200, content-encoding gzip, transfer-encoding (none), gzip ratio above 3: true
http: 100 customers, {"total":100,"page":1,"limit":100,"pages":1}, same as the identity answer: true, newest first: true
http: lastResponse content-encoding gzip
http: nginx sent HTTP/1.1 200, content-encoding gzip, transfer-encoding chunked, gzip ratio above 3: true
