--TEST--
Fork: a child that destroys a client inherited from its parent (and its pool at shutdown) frees every buffer once and never touches the parent's connection; persistent and not
--EXTENSIONS--
cashfin
pcntl
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$page = '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}';
$answer = cf_http_answer(200, $page, 'application/json', ['Connection' => 'keep-alive']);
// Each connection answers up to three requests and stays open between them.
$keepAlive = [['read'], ['send', $answer], ['read'], ['send', $answer], ['read'], ['send', $answer], ['sleep', 3000]];

foreach ([[true, false], [true, true], [false, false], [false, true]] as [$persistent, $ownClient]) {
    $server = cf_hostile_start([$keepAlive]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'persistent' => $persistent, 'max_retries' => 0]);
    $client->list();
    $pid = pcntl_fork();
    if ($pid === 0) {
        unset($client);
        if (!$ownClient) {
            exit(0); // the pool, holding the inherited handle, is freed at shutdown
        }
        // The child's own client works, on a connection of its own.
        $own = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'persistent' => $persistent, 'max_retries' => 0]);
        $own->list();
        unset($own);
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    echo 'persistent ', var_export($persistent, true), $ownClient ? ', a client of its own' : '', ': child ',
        pcntl_wifexited($status) ? 'exited with ' . pcntl_wexitstatus($status) : 'killed by signal ' . pcntl_wtermsig($status), "\n";
    // The parent's connection is intact: the next call reuses it.
    $client->list();
    echo '  parent reused its connection: ', var_export($client->lastResponse()['connection_reused'], true), "\n";
    echo '  requests per connection: ', json_encode(array_map(fn ($c) => count($c['requests']), cf_hostile_connections($server))), "\n";
    unset($client);
    cf_hostile_stop($server);
}
?>
--EXPECT--
persistent true: child exited with 0
  parent reused its connection: true
  requests per connection: [2]
persistent true, a client of its own: child exited with 0
  parent reused its connection: true
  requests per connection: [2,1]
persistent false: child exited with 0
  parent reused its connection: true
  requests per connection: [2]
persistent false, a client of its own: child exited with 0
  parent reused its connection: true
  requests per connection: [2,1]
