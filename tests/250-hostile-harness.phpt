--TEST--
Hostile server harness (tests/hostile.inc): scripted raw answers, one script per connection, a log of what each connection saw
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$ok = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$server = cf_hostile_start([
    cf_hostile_answer(200, $ok),
    [['read'], ['send', cf_http_head(200, ['Content-Length' => (string) strlen($ok)])], ['drip', $ok, 2]],
    [['peek'], ['reset']],
]);
echo "base: ", var_export((bool) preg_match('~^http://127\.0\.0\.1:\d+$~', $server['base']), true), "\n";

// Without the extension: the harness itself, through PHP streams.
$context = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => 5 * cf_slowdown()]]);
echo "plain answer: ", file_get_contents("{$server['base']}/business/customer/list", false, $context) === $ok ? 'as scripted' : 'wrong', "\n";
[$thrown, $seconds, $body] = cf_timed(fn () => file_get_contents("{$server['base']}/x", false, $context));
echo "dripped answer: ", $body === $ok ? 'as scripted' : 'wrong', ", took at least 2 ms a byte: ",
    var_export($seconds >= strlen($ok) * 0.002, true), "\n";
$body = @file_get_contents("{$server['base']}/y", false, $context);
echo "reset: ", var_export($body, true), "\n";

$connections = cf_hostile_settled($server);
echo "connections: ", count($connections), "\n";
foreach ($connections as $c) {
    echo "  ", implode(' | ', $c['requests']), " -> ended by ", $c['ended_by'], "\n";
}
echo "request heads kept: ", var_export(cf_hostile_header($connections[0]['heads'][0], 'host') !== null, true), "\n";

// Past the last script, the last one is used again.
$body = @file_get_contents("{$server['base']}/z", false, $context);
echo "fourth connection: ", cf_hostile_settled($server)[3]['ended_by'], "\n";

// Stopping is immediate and final.
cf_hostile_stop($server);
$socket = @stream_socket_client("tcp://127.0.0.1:{$server['port']}", $errno, $errstr, 1);
echo "stopped: ", var_export($socket === false, true), "\n";

echo "backoff bounds: ", cf_backoff_bound(0), ' ', cf_backoff_bound(2), ' ', cf_backoff_bound(6), "\n";
?>
--EXPECT--
base: true
plain answer: as scripted
dripped answer: as scripted, took at least 2 ms a byte: true
reset: false
connections: 3
  GET /business/customer/list HTTP/1.1 -> ended by server
  GET /x HTTP/1.1 -> ended by server
  GET /y HTTP/1.1 -> ended by reset
request heads kept: true
fourth connection: reset
stopped: true
backoff bounds: 0 1.5 23.5
