--TEST--
Fork from the destructor of what on_response returned, during a retried single call: the child's copy of the call stops at once with an \Error and never writes on the parent's connection
--EXTENSIONS--
cashfin
pcntl
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$page = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$busy = cf_http_answer(503, '{"success":false,"error":"Busy"}', 'application/json', ['Connection' => 'keep-alive']);
$ok = cf_http_answer(200, $page, 'application/json', ['Connection' => 'keep-alive']);
// One keep-alive connection: a 503, then the answer; a request more on it would be the child's.
$server = cf_hostile_start([
    [['read'], ['send', $busy], ['read'], ['send', $ok], ['read'], ['send', $ok], ['sleep', 3000]],
]);

final class ForksWhenReleased
{
    public static ?int $child = null;

    public function __destruct()
    {
        self::$child = pcntl_fork();
    }
}

$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 2,
    'on_response' => fn (array $event) => $event['will_retry'] && ForksWhenReleased::$child === null ? new ForksWhenReleased() : null]);
try {
    $answer = $client->list();
} catch (Error $e) {
    if (ForksWhenReleased::$child !== 0) {
        throw $e;
    }
    echo "child: ", get_class($e), ': ', $e->getMessage(), "\n";
    exit(0);
}
if (ForksWhenReleased::$child === 0) {
    echo "child: the call did not stop\n";
    exit(1);
}
pcntl_waitpid(ForksWhenReleased::$child, $status);
echo 'child exited with ', pcntl_wifexited($status) ? pcntl_wexitstatus($status) : 'signal ' . pcntl_wtermsig($status), "\n";
echo 'parent: ', count($answer['data']), ' customers after ', $client->lastResponse()['attempts'], " attempts\n";
echo 'requests per connection: ', json_encode(array_map(fn ($c) => count($c['requests']), cf_hostile_connections($server))), "\n";
?>
--EXPECT--
child: Error: Cashfin\Customers cannot go on with a call in a process forked from its callback; the parent process goes on with it
child exited with 0
parent: 0 customers after 2 attempts
requests per connection: [2]
