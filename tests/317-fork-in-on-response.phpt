--TEST--
Fork: pcntl_fork() from on_response during a retried single call: the parent's call goes on to its answer; in the child the call stops at once with an \Error, and the child's own calls use connections of their own
--EXTENSIONS--
cashfin
pcntl
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$page = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$busy = cf_http_answer(503, '{"success":false,"error":"Busy"}', 'application/json', ['Connection' => 'keep-alive']);
$ok = cf_http_answer(200, $page, 'application/json', ['Connection' => 'keep-alive']);
// One keep-alive connection for the parent: a 503, then the answer; a second one for the child's own call.
$server = cf_hostile_start([
    [['read'], ['send', $busy], ['read'], ['send', $ok], ['sleep', 3000]],
    [['read'], ['send', $ok]],
]);
$child = null;
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 2,
    'on_response' => function (array $event) use (&$child) {
        if ($event['attempt'] === 1 && $child === null) {
            $child = pcntl_fork();
        }
    }]);
try {
    $answer = $client->list();
} catch (Error $e) {
    if ($child !== 0) {
        throw $e;
    }
    $client->list();
    echo "child: ", get_class($e), ': ', $e->getMessage(), "; its own call works: ",
        var_export($client->lastResponse()['status'] === 200, true), "\n";
    exit(0);
}
if ($child === 0) {
    echo "child: the call did not stop\n";
    exit(1);
}
pcntl_waitpid($child, $status);
echo 'child exited with ', pcntl_wifexited($status) ? pcntl_wexitstatus($status) : 'signal ' . pcntl_wtermsig($status), "\n";
echo 'parent: ', count($answer['data']), ' customers after ', $client->lastResponse()['attempts'], " attempts\n";
echo 'requests per connection: ', json_encode(array_map(fn ($c) => count($c['requests']), cf_hostile_connections($server))), "\n";
?>
--EXPECT--
child: Error: Cashfin\Customers cannot go on with a call in a process forked from its callback; the parent process goes on with it; its own call works: true
child exited with 0
parent: 0 customers after 2 attempts
requests per connection: [2,1]
