--TEST--
Fork: pcntl_fork() from on_progress while detailsMany() of 48 ids runs: the child's copy of the call stops at once with an \Error without touching the inherited connections, the parent's batch completes with every answer under its own key
--EXTENSIONS--
cashfin
pcntl
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$seed = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$ids = [];
for ($n = 1; $n <= 48; $n++) {
    $ids["key-$n"] = $seed->create(cf_person($n))['_id'];
}

foreach ([true, false] as $persistent) {
    $client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'persistent' => $persistent]);
    $child = null;
    $progress = function (int $done) use (&$child) {
        if ($done === 5) {
            $child = pcntl_fork();
        }
    };
    try {
        $result = $client->detailsMany($ids, ['concurrency' => 8, 'on_progress' => $progress]);
    } catch (Error $e) {
        if ($child !== 0) {
            throw $e;
        }
        // The child: its copy of the call ended here. A call of its own works, on its own connections.
        $own = $client->details($ids['key-1'])['_id'] === $ids['key-1'];
        echo "child: ", get_class($e), ': ', $e->getMessage(), "; its own call works: ", var_export($own, true), "\n";
        exit(0);
    }
    if ($child === 0) {
        echo "child: the bulk call did not stop\n";
        exit(1);
    }
    pcntl_waitpid($child, $status);
    $crossed = array_keys(array_filter($result, fn ($v, $k) => !is_array($v) || $v['_id'] !== $ids[$k], ARRAY_FILTER_USE_BOTH));
    echo 'persistent ', var_export($persistent, true), ': child ',
        pcntl_wifexited($status) ? 'exited with ' . pcntl_wexitstatus($status) : 'killed by signal ' . pcntl_wtermsig($status),
        '; parent: ', count($result), ' answers, in order: ', var_export(array_keys($result) === array_keys($ids), true),
        ', wrong or failed: ', json_encode($crossed), "\n";
}
?>
--EXPECT--
child: Error: Cashfin\Customers cannot go on with a call in a process forked from its callback; the parent process goes on with it; its own call works: true
persistent true: child exited with 0; parent: 48 answers, in order: true, wrong or failed: []
child: Error: Cashfin\Customers cannot go on with a call in a process forked from its callback; the parent process goes on with it; its own call works: true
persistent false: child exited with 0; parent: 48 answers, in order: true, wrong or failed: []
