--TEST--
Stack: inside a PHP-FPM worker, batches draw from the worker's pool across page views: a page's createMany() of 16 over TLS rides the connections the previous page's batch left, and a page's single call rides one of them; with persistent => false every page opens its own and closes them
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

// The page lives in a directory of this test's own, removed at the end.
$pages = sys_get_temp_dir() . '/cashfin-pool-pages-' . getmypid();
@mkdir($pages, 0700);
register_shutdown_function(function () use ($pages) {
    @unlink("$pages/page.php");
    @rmdir($pages);
});
file_put_contents("$pages/page.php", <<<'PAGE'
<?php
header('Content-Type: application/json');
$client = new Cashfin\Customers('cs_test', ['base_url' => $_GET['base_url'], 'ca_info' => $_GET['ca_info'],
    'persistent' => $_GET['persistent'] === '1']);
if ($_GET['do'] === 'call') {
    $client->details($_GET['id']);
    echo json_encode(['ok' => true, 'reused' => $client->lastResponse()['connection_reused'], 'pid' => getmypid()]);
    return;
}
$people = [];
for ($i = 0; $i < 16; $i++) {
    $n = (int) $_GET['n'] + $i;
    $people[] = ['name' => "Page $n", 'email' => "page$n@example.com", 'phone' => sprintf('+2547%08d', $n),
        'country' => 'Kenya', 'currency' => 'KES'];
}
$created = $client->createMany($people, ['concurrency' => 16]);
echo json_encode(['ok' => count(array_filter($created, 'is_array')) === 16, 'pid' => getmypid()]);
PAGE);

// One worker serves every page view, one after another.
$stack = cashfin_stack_start(['client_dir' => $pages, 'client_workers' => 1, 'api_workers' => 16, 'http2' => false,
    'sandbox_env' => ['CASHFIN_SANDBOX_LATENCY_MS' => 50]]);
[$id] = cashfin_stack_seed($stack, 1);

$n = 1000;
foreach (['persistent (the default)' => '1', 'persistent => false' => '0'] as $mode => $persistent) {
    $views = [];
    foreach (['batch', 'batch', 'call'] as $view => $do) {
        cashfin_stack_reset_log($stack);
        $url = "{$stack['client']}/page.php?" . http_build_query(['base_url' => $stack['https'], 'ca_info' => $stack['ca'],
            'persistent' => $persistent, 'do' => $do, 'n' => $n += 16, 'id' => $id]);
        $answer = cashfin_stack_fetch_many([$url], 1, 30.0)[0];
        $json = json_decode($answer['body'], true);
        $used[$view] = cashfin_stack_connection_ids($stack, '/business/');
        if (!($json['ok'] ?? false)) {
            $views[] = "$do FAILED: " . ($answer['error'] ?? "{$answer['status']} {$answer['body']}");
        } elseif ($view === 0) {
            $views[] = 'batch';
        } else {
            $earlier = array_merge(...array_slice($used, 0, $view));
            $shared = array_intersect($used[$view], $earlier) !== [];
            $views[] = $view === 1
                ? 'batch: ' . (!$shared ? 'connections of its own' : (array_diff($used[0], $used[1]) === [] ? "every connection of the first page's batch" : "WRONG: some of the first page's"))
                : 'call (reused: ' . var_export($json['reused'], true) . '): ' . ($shared ? "an earlier page's connection" : 'a connection of its own');
        }
    }
    echo "$mode: ", implode('; ', $views), "\n";
}
$log = trim((string) @file_get_contents("{$stack['dir']}/client-php.log"));
echo "workers' log: ", $log === '' ? 'empty' : $log, "\n";
?>
--EXPECT--
persistent (the default): batch; batch: every connection of the first page's batch; call (reused: true): an earlier page's connection
persistent => false: batch; batch: connections of its own; call (reused: false): a connection of its own
workers' log: empty
