--TEST--
Stack harness: nginx + PHP-FPM start, answer over HTTP and verified HTTPS, log connections, and stop
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

try {
    cashfin_stack_start(['keepalive' => 5]);
} catch (ValueError $e) {
    echo "unknown option: ", $e->getMessage(), "\n";
}

$stack = cashfin_stack_start(['client_dir' => __DIR__ . '/stack-client']);
foreach (['http', 'https', 'https_localhost', 'https_wrong_name', 'client'] as $key) {
    echo "$key: ", preg_replace('/:\d+$/', ':PORT', $stack[$key]), "\n";
}
echo "ca: ", var_export(str_contains(file_get_contents($stack['ca']), 'BEGIN CERTIFICATE'), true), "\n";
echo "different ports: ", count(array_unique(array_map(fn ($k) => parse_url($stack[$k], PHP_URL_PORT),
    ['http', 'https', 'https_wrong_name', 'client']))), "\n";

function fetch(string $url, array $ssl = []): string
{
    $context = stream_context_create([
        'http' => ['timeout' => 5, 'ignore_errors' => true, 'header' => "Connection: close\r\n"],
        'ssl' => $ssl + ['verify_peer' => true, 'verify_peer_name' => true],
    ]);
    $body = @file_get_contents($url, false, $context);
    return $body === false ? 'no answer' : trim($body);
}

echo "http health: ", fetch("{$stack['http']}/__sandbox/health"), "\n";
echo "https health with the CA: ", fetch("{$stack['https']}/__sandbox/health", ['cafile' => $stack['ca']]), "\n";
echo "https by name with the CA: ", fetch("{$stack['https_localhost']}/__sandbox/health", ['cafile' => $stack['ca']]), "\n";
echo "https without the CA: ", fetch("{$stack['https']}/__sandbox/health"), "\n";
echo "wrong name with the CA: ", fetch("{$stack['https_wrong_name']}/__sandbox/health",
    ['cafile' => $stack['ca'], 'peer_name' => '127.0.0.1']), "\n";
echo "admin: ", json_encode(cashfin_stack_admin($stack, 'POST', '/__sandbox/config', ['rps' => 7])), "\n";

// Three API requests on three connections (the stream wrapper closes each one).
cashfin_stack_reset_log($stack);
$headers = ['http' => ['ignore_errors' => true, 'header' => "Authorization: cs_test\r\nConnection: close\r\n"]];
foreach (['/business/customer/list', '/business/customer/list?page=2', '/business/customer/details/0123456789abcdef01234567'] as $path) {
    file_get_contents($stack['http'] . $path, false, stream_context_create($headers));
}
$log = cashfin_stack_log($stack);
$api = array_values(array_filter($log, fn ($l) => !str_starts_with($l['uri'], '/__sandbox/')));
foreach ($api as $line) {
    echo "log: {$line['method']} {$line['uri']} {$line['status']} {$line['protocol']} request {$line['connection_requests']}\n";
}
echo "connections: ", cashfin_stack_connections($stack), ", list only: ",
    cashfin_stack_connections($stack, '/business/customer/list'), "\n";
cashfin_stack_reset_log($stack);
echo "after reset: ", cashfin_stack_connections($stack), "\n";

// The client pool serves the test's pages, with the extension loaded.
[$id] = cashfin_stack_seed($stack, 1);
$page = "{$stack['client']}/details.php?" . http_build_query(['base_url' => $stack['http'], 'id' => $id]);
foreach (cashfin_stack_fetch_many(array_fill(0, 4, $page)) as $answer) {
    $json = json_decode($answer['body'], true);
    echo "client: ", $answer['status'], " ", json_encode([$json['ok'] ?? $answer, ($json['id'] ?? null) === $id]), "\n";
}
echo "client log: ", count(array_filter(cashfin_stack_log($stack, 'client'),
    fn ($l) => str_starts_with($l['uri'], '/details.php'))), " lines\n";
echo "client missing page: ", cashfin_stack_fetch_many(["{$stack['client']}/nope.php"])[0]['status'], "\n";

$pids = cashfin_stack_pids($stack);
echo "processes: nginx ", count($pids['nginx']), ", php-fpm ", count($pids['php-fpm']), "\n";
$all = array_merge(...array_values($pids));

$started = microtime(true);
cashfin_stack_stop($stack);
cashfin_stack_stop($stack);
echo "stopped within 3 s: ", var_export(microtime(true) - $started < 3.0, true), "\n";
echo "still alive: ", count(array_filter($all, 'cashfin_stack_alive')), "\n";
echo "dir removed: ", var_export(!file_exists($stack['dir']), true), "\n";

// A script that never stops its stack: the shutdown function does.
$child = proc_open([PHP_BINARY, '-n', '-r', 'require $argv[1]; $s = cashfin_stack_start();'
    . ' echo json_encode(["dir" => $s["dir"], "pids" => array_merge(...array_values(cashfin_stack_pids($s)))]);',
    __DIR__ . '/stack.inc'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
echo "child exit: ", proc_close($child), $err !== '' ? " ($err)" : '', "\n";
$seen = json_decode($out, true);
echo "child stack: ", count($seen['pids']), " processes, still alive: ",
    count(array_filter($seen['pids'], 'cashfin_stack_alive')), ", dir removed: ",
    var_export(!file_exists($seen['dir']), true), "\n";
?>
--EXPECT--
unknown option: cashfin stack: unknown option 'keepalive'
http: http://127.0.0.1:PORT
https: https://127.0.0.1:PORT
https_localhost: https://localhost:PORT
https_wrong_name: https://127.0.0.1:PORT
client: http://127.0.0.1:PORT
ca: true
different ports: 4
http health: {"ok":true}
https health with the CA: {"ok":true}
https by name with the CA: {"ok":true}
https without the CA: no answer
wrong name with the CA: no answer
admin: {"ok":true,"config":{"rps":7,"latency_ms":null}}
log: GET /business/customer/list 200 HTTP/1.1 request 1
log: GET /business/customer/list?page=2 200 HTTP/1.1 request 1
log: GET /business/customer/details/0123456789abcdef01234567 404 HTTP/1.1 request 1
connections: 3, list only: 2
after reset: 0
client: 200 [true,true]
client: 200 [true,true]
client: 200 [true,true]
client: 200 [true,true]
client log: 4 lines
client missing page: 404
processes: nginx 2, php-fpm 7
stopped within 3 s: true
still alive: 0
dir removed: true
child exit: 0
child stack: 7 processes, still alive: 0, dir removed: true
