--TEST--
Load, Redis budget across hosts: two groups of processes that cannot see each other's shared memory (host budgets in namespaces of their own) share one Redis: 8 PHP-FPM workers with 2 syncs, and 2 more syncs, for 10 s against a sandbox limited to 5/s: no 429, at least 90% of 5/s, a page waits at most one slot
--SKIPIF--
<?php
require __DIR__ . '/load.inc';
if (($why = load_missing() ?? cf_redis_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/load.inc';

$redis = cf_redis_start();
$a = ['cashfin.host_budget_namespace' => 'group-a'];
$b = ['cashfin.host_budget_namespace' => 'group-b'];
$run = load_run(['store' => $redis['url'], 'fpm_ini' => $a, 'syncs' => [['ini' => $a], ['ini' => $a], ['ini' => $b], ['ini' => $b]]]);
load_print(load_report($run), $run['interval_ms']);
$stores = array_unique(array_merge(...array_column($run['pages'], 'stores')));
echo "page views paced by: ", implode(', ', $stores), "\n";
?>
--EXPECT--
429s met: 0
rate reached: at least 90% of 5/s: true
page views answered without error: true
sync entries that failed: 0; syncs made progress: true
a page view's call waited at most one slot (210 ms): true
page views paced by: redis
