--TEST--
Load, Redis stopped in the middle: 8 PHP-FPM workers serving page views and 4 createMany() syncs share a Redis budget, which is stopped after 5 s: every call still succeeds, paced by the host budget from then on, and the fallback is reported to on_response
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
$run = load_run(['store' => $redis['url'], 'syncs' => [[], [], [], []], 'during' => function (float $elapsed) use ($redis) {
    static $stopped = false;
    if ($elapsed >= LOAD_SECONDS / 2 && !$stopped) {
        cf_redis_stop($redis);
        $stopped = true;
    }
}]);
$report = load_report($run);
printf("page views answered without error: %s\n", $report['page_errors'] === [] && $report['pages'] >= 20 ? 'true'
    : json_encode(array_slice($report['page_errors'], 0, 3)));
printf("sync entries that failed: %d; syncs made progress: %s\n", $report['sync_failed'], var_export($report['sync_created'] > 0, true));
$stores = array_map(fn ($page) => implode(',', array_unique($page['stores'] ?? [])), $run['pages']);
echo "page views paced by Redis, then by the host: ", var_export(preg_match('/^(redis )+(host )+$/', implode(' ', $stores) . ' ') === 1, true), "\n";
echo "fallback reported by page views and syncs: ", var_export($report['page_fallbacks'] > 0 && $report['fallbacks'] > $report['page_fallbacks'], true), "\n";
printf("rate reached: at least 90%% of %d/s: %s\n", LOAD_RATE, $report['share'] >= 0.9 ? 'true' : sprintf('false (%.2f/s)', $report['rate']));
?>
--EXPECT--
page views answered without error: true
sync entries that failed: 0; syncs made progress: true
page views paced by Redis, then by the host: true
fallback reported by page views and syncs: true
rate reached: at least 90% of 5/s: true
