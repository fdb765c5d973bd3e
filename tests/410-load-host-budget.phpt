--TEST--
Load, host budget: 8 PHP-FPM workers serving page views and 4 CLI createMany() syncs, for 10 s against a sandbox limited to 5/s, share one budget in shared memory: no 429, at least 90% of 5/s, a page waits at most one slot
--SKIPIF--
<?php
require __DIR__ . '/load.inc';
if (($why = load_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/load.inc';

$run = load_run(['store' => 'host', 'syncs' => [[], [], [], []]]);
load_print(load_report($run), $run['interval_ms']);
?>
--EXPECT--
429s met: 0
rate reached: at least 90% of 5/s: true
page views answered without error: true
sync entries that failed: 0; syncs made progress: true
a page view's call waited at most one slot (210 ms): true
