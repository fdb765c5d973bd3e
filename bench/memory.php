<?php

/*
 * Memory of paging, in a process of its own:
 *
 *   php memory.php page|all|pure-all BASE_URL CA_FILE
 *
 * page      one list() of 100 customers, held: how much PHP memory one decoded page takes
 * all       all() over the 10,000 canned customers (pages 1..100), every customer touched
 * pure-all  the same walk through the pure-PHP client's all() (a generator over list()), for comparison
 *
 * Prints one JSON line: the baseline before the work (memory_get_usage(), and with real = true),
 * the peaks after it (memory_get_peak_usage(), and with real = true), the process's peak resident set
 * (VmHWM, which also sees libcurl's and the extension's malloc()ed buffers), and what was counted.
 */

require __DIR__ . '/lib/canned.php';

[, $mode, $base, $ca] = $argv + [null, null, null, null];
$secret = 'cs_bench_0123456789abcdef';
$options = ['base_url' => $base, 'ca_info' => $ca, 'max_retries' => 0];
if ($mode === 'pure-all') {
    require __DIR__ . '/clients/PurePhpClient.php';
    $client = new BenchPhp\PurePhpClient($secret, $options);
} else {
    $client = new Cashfin\Customers($secret, $options);
}
$client->details(BENCH_DETAILS_ID);   // the connection, its buffers and the first-call allocations are in the baseline

gc_collect_cycles();
if (function_exists('memory_reset_peak_usage')) {
    memory_reset_peak_usage();
}
$baseline = memory_get_usage();
$baselineReal = memory_get_usage(true);
$count = 0;
$ids = 0;
if ($mode === 'page') {
    $page = $client->list(['limit' => 100]);
    $count = count($page['data']);
    $held = memory_get_usage() - $baseline;
} else {
    foreach ($client->all() as $i => $customer) {
        $count++;
        $ids += strlen($customer['_id']) === 24 ? 1 : 0;
    }
    $held = memory_get_usage() - $baseline;
}
preg_match('/^VmHWM:\s+(\d+) kB/m', (string) file_get_contents('/proc/self/status'), $m);
echo json_encode([
    'mode' => $mode,
    'count' => $count,
    'ids' => $ids,
    'baseline' => $baseline,
    'baseline_real' => $baselineReal,
    'peak' => memory_get_peak_usage(),
    'peak_real' => memory_get_peak_usage(true),
    'held' => $held,
    'vm_hwm' => isset($m[1]) ? (int) $m[1] * 1024 : null,
]), "\n";
