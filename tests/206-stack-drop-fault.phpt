--TEST--
Stack: the sandbox's "drop" fault behind nginx is an interim 100 relayed as a final answer with no body, not a closed connection
--DESCRIPTION--
Under php -S a dropped answer is "100 Continue" and a closed connection (curl error 52). Under FPM the
request ends normally with "Status: 100", so nginx sends a headers-only "HTTP/1.1 100 Continue" and keeps
the connection open: HTTP/1.1 clients wait for a final answer until they time out; over HTTP/2 nginx ends
the stream after the 1xx HEADERS, which curl reports as a stream error. Tests that need "no answer at all"
use php -S (tests/server.inc).
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
$drop = ['path' => '/business/customer/list', 'drop' => true];

// On the wire (HTTP/1.1): the 100 header block, then silence on an open connection.
cashfin_stack_admin($stack, 'POST', '/__sandbox/faults', $drop);
$socket = stream_socket_client('tcp://' . parse_url($stack['http'], PHP_URL_HOST) . ':' . parse_url($stack['http'], PHP_URL_PORT));
fwrite($socket, "GET /business/customer/list HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: cs_test\r\n\r\n");
stream_set_timeout($socket, 0, 500000);
$head = '';
while (!str_contains($head, "\r\n\r\n") && ($line = fgets($socket)) !== false) {
    $head .= $line;
}
$more = fread($socket, 8192);
$meta = stream_get_meta_data($socket);
echo "wire: ", strtok($head, "\r\n"), ", then ", strlen((string) $more), " bytes, timed out ", var_export($meta['timed_out'], true),
    ", closed ", var_export(feof($socket), true), "\n";
fclose($socket);

foreach (['http' => ['base_url' => $stack['http']], 'https' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]]
         as $name => $options) {
    cashfin_stack_admin($stack, 'POST', '/__sandbox/faults', $drop);
    $client = new Cashfin\Customers('cs_test', $options + ['max_retries' => 0, 'timeout' => 1.0]);
    try {
        $client->list();
        echo "$name: an answer?\n";
    } catch (Cashfin\Exception $e) {
        echo "$name: ", get_class($e), ", a ConnectionException: ", var_export($e instanceof Cashfin\ConnectionException, true),
            ", status ", var_export($e->getHttpStatus(), true), ", attempts ", $client->lastResponse()['attempts'], "\n";
    }
    echo "$name: next call works: ", $client->list()['pagination']['total'], "\n";
}

$statuses = [];
foreach (cashfin_stack_log($stack) as $line) {
    if (str_starts_with($line['uri'], '/business/')) {
        $statuses[] = "{$line['protocol']} {$line['status']}";
    }
}
echo "nginx logged: ", implode(', ', $statuses), "\n";
?>
--EXPECT--
wire: HTTP/1.1 100 Continue, then 0 bytes, timed out true, closed false
http: Cashfin\TimeoutException, a ConnectionException: true, status NULL, attempts 1
http: next call works: 0
https: Cashfin\ConnectionException, a ConnectionException: true, status NULL, attempts 1
https: next call works: 0
nginx logged: HTTP/1.1 100, HTTP/1.1 100, HTTP/1.1 200, HTTP/2.0 100, HTTP/2.0 200
