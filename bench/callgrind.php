<?php

/*
 * The CLI script that valgrind --tool=callgrind runs for the instruction counts:
 *
 *   valgrind --tool=callgrind --toggle-collect=zim_Cashfin_Customers_METHOD \
 *       php -d extension=cashfin.so callgrind.php METHOD BASE_URL CA_FILE N
 *
 * METHOD is details, list (100 customers) or create. The warm-up calls go through a different
 * method (so the connection is open and first-call work is done outside what is collected), then
 * METHOD is called N times: with --toggle-collect only those N calls are counted, everything they
 * run included (the extension, PHP's JSON parser and allocator, libcurl, libc, OpenSSL).
 *
 * batch-first and batch-second (lib/batch.php) count createMany(): N first batches, each by a new client
 * (a call of another client first warms libcurl and OpenSSL up), or N batches of one client after two
 * detailsMany() of 16 (not counted) filled its cache. Each reports the new connections it opened.
 */

require __DIR__ . '/lib/canned.php';
require __DIR__ . '/lib/batch.php';

[, $method, $base, $ca, $n] = $argv + [null, null, null, null, null];
if (str_starts_with((string) $method, 'batch-')) {
    $opened = 0;
    $ok = 0;
    bench_batch_client($base, $ca)->details(BENCH_DETAILS_ID);
    $ids = array_fill(0, BENCH_BATCH_SIZE, BENCH_DETAILS_ID);
    $client = bench_batch_client($base, $ca, $opened);
    if ($method === 'batch-second') {
        $client->detailsMany($ids, ['concurrency' => BENCH_BATCH_SIZE]);
        $client->detailsMany($ids, ['concurrency' => BENCH_BATCH_SIZE]);
        $opened = 0;
    }
    for ($i = 0; $i < (int) $n; $i++) {
        if ($method === 'batch-first' && $i > 0) {
            $client = null; // its connections close before the next client opens its own
            $client = bench_batch_client($base, $ca, $opened);
        }
        $ok += bench_batch_run($client) ? 1 : 0;
    }
    echo json_encode(['method' => $method, 'n' => (int) $n, 'ok' => $ok, 'new_connections' => $opened / (int) $n]), "\n";
    exit(0);
}
$client = new Cashfin\Customers('cs_bench_0123456789abcdef', ['base_url' => $base, 'ca_info' => $ca, 'max_retries' => 0]);
$customer = bench_new_customer();
for ($i = 0; $i < 20; $i++) {
    if ($method === 'details') {
        $client->list(['limit' => 100]);
    } else {
        $client->details(BENCH_DETAILS_ID);
    }
}
$ok = 0;
for ($i = 0; $i < (int) $n; $i++) {
    $ok += match ($method) {
        'details' => $client->details(BENCH_DETAILS_ID)['_id'] === BENCH_DETAILS_ID,
        'list' => count($client->list(['limit' => 100])['data']) === BENCH_PAGE_SIZE,
        'create' => isset($client->create($customer)['_id']),
    } ? 1 : 0;
}
echo json_encode(['method' => $method, 'n' => (int) $n, 'ok' => $ok]), "\n";
