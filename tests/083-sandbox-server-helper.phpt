--TEST--
Cashfin\Sandbox\Server: start, drive faults, settings and the request log, stop (also when dropped, at the end of the script, and when its process is killed)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/sandbox-command.inc';
require cashfin_sandbox_dir() . '/Server.php';

use Cashfin\Sandbox\Server;

$sandbox = Server::start(['php' => CF_PHP]);
echo preg_replace('/\d+$/', 'PORT', $sandbox->baseUrl()), ' ', $sandbox->secret(), "\n";
$client = new Cashfin\Customers($sandbox->secret(), ['base_url' => $sandbox->baseUrl(), 'max_retries' => 0]);
$ada = $client->create(['name' => 'Ada', 'email' => 'ada@example.com', 'phone' => '+254700000001',
    'country' => 'Kenya', 'currency' => 'KES']);

echo "-- faults --\n";
$fault = $sandbox->fault(['path' => '/business/customer/details', 'status' => 503, 'count' => 2]);
echo json_encode(['id' => $fault['id'], 'status' => $fault['status'], 'remaining' => $fault['remaining']]), "\n";
$sandbox->fault(['path' => '/business/customer/list', 'status' => 429, 'headers' => ['Retry-After' => '30'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":30}']);
echo "queued: ", count($sandbox->faults()), "\n";
foreach ([fn () => $client->details($ada['_id']), fn () => $client->list()] as $call) {
    try {
        $call();
    } catch (Cashfin\Exception $e) {
        echo get_class($e), ' ', $e->getHttpStatus(), $e instanceof Cashfin\RateLimitException ? ' retry after ' . $e->getRetryAfter() : '', "\n";
    }
}
echo "queued: ", count($sandbox->faults()), "\n";
$sandbox->clearFaults();
echo "after clearFaults: ", count($sandbox->faults()), ', details: ', $client->details($ada['_id'])['name'], "\n";
try {
    $sandbox->fault(['status' => 99]);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "-- settings --\n";
echo json_encode($sandbox->configure(['rps' => 1, 'latency_ms' => 0])), "\n";
echo json_encode($sandbox->configure(['rps' => null])), "\n";

echo "-- the request log --\n";
foreach ($sandbox->requests() as $r) {
    echo $r['method'], ' ', str_replace($ada['_id'], 'ID', $r['path']), ' auth=', $r['headers']['authorization'], "\n";
}
$sandbox->clearRequests();
echo "after clearRequests: ", count($sandbox->requests()), "\n";

echo "-- reset --\n";
$sandbox->reset();
echo "customers: ", $client->list()['pagination']['total'], "\n";

echo "-- connect() drives a sandbox started elsewhere --\n";
$other = Server::connect($sandbox->baseUrl() . '/');
$other->fault(['path' => '/business/customer/list', 'status' => 500]);
try {
    $client->list();
} catch (Cashfin\ServerException $e) {
    echo get_class($e), "\n";
}
$other->stop(); // it did not start that one: nothing happens
var_dump(cf_answers($sandbox->baseUrl()));

echo "-- stop(): the server and its files go --\n";
$url = $sandbox->baseUrl();
$log = (fn () => $this->log)->call($sandbox);
var_dump(is_file($log));
$sandbox->stop();
$sandbox->stop();
var_dump(cf_answers($url), is_file($log));

echo "-- options --\n";
$strict = Server::start(['secret' => 'cs_only', 'rps' => 50, 'latency_ms' => 0, 'php' => CF_PHP]);
echo $strict->secret(), ' ', json_encode($strict->configure([])), "\n";
try {
    (new Cashfin\Customers('cs_other', ['base_url' => $strict->baseUrl()]))->list();
} catch (Cashfin\AuthenticationException $e) {
    echo get_class($e), "\n";
}
try {
    Server::start(['rate' => 5]);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    Server::start(['php' => '/bin/false', 'timeout' => 5]); // a program that exits at once
} catch (RuntimeException $e) {
    echo get_class($e), ': ', strtok($e->getMessage(), "\n"), "\n";
}

echo "-- dropped: the destructor stops it --\n";
$url = $strict->baseUrl();
$strict = null;
var_dump(cf_answers($url));

echo "-- at the end of a script that never stopped it, and when that script is killed --\n";
$helper = var_export(cashfin_sandbox_dir() . '/Server.php', true);
foreach (['ends' => 'fgets(STDIN);', 'is killed' => 'sleep(30);'] as $case => $ending) {
    $script = "<?php require $helper; \$keep = Cashfin\\Sandbox\\Server::start(); echo \$keep->baseUrl(), \"\\n\"; $ending";
    [$process, $pipes] = cf_spawn([CF_PHP, '-r', substr($script, 6)]);
    $url = cf_first_line($pipes);
    echo "$case: answering first: ", var_export(cf_answers($url), true);
    if ($case === 'is killed') {
        proc_terminate($process, 9);
    } else {
        fwrite($pipes[0], "end\n");
    }
    cf_wait_exit($process);
    echo ", gone after: ", var_export(cf_gone($url), true), "\n";
}
?>
--EXPECT--
http://127.0.0.1:PORT cs_sandbox
-- faults --
{"id":1,"status":503,"remaining":2}
queued: 2
Cashfin\ServerException 503
Cashfin\RateLimitException 429 retry after 30
queued: 1
after clearFaults: 0, details: Ada
RuntimeException: cashfin sandbox: POST /__sandbox/faults: status must be an integer from 200 to 599
-- settings --
{"rps":1,"latency_ms":0}
{"rps":null,"latency_ms":0}
-- the request log --
POST /business/customer/create auth=[redacted]
GET /business/customer/details/ID auth=[redacted]
GET /business/customer/list auth=[redacted]
GET /business/customer/details/ID auth=[redacted]
after clearRequests: 0
-- reset --
customers: 0
-- connect() drives a sandbox started elsewhere --
Cashfin\ServerException
bool(true)
-- stop(): the server and its files go --
bool(true)
bool(false)
bool(false)
-- options --
cs_only {"rps":50,"latency_ms":0}
Cashfin\AuthenticationException
InvalidArgumentException: Unknown sandbox option(s): rate (known: port, secret, rps, latency_ms, db, php, timeout)
RuntimeException: cashfin sandbox did not start:
-- dropped: the destructor stops it --
bool(false)
-- at the end of a script that never stopped it, and when that script is killed --
ends: answering first: true, gone after: true
is killed: answering first: true, gone after: true