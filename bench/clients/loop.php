<?php

/*
 * One client, one workload, in a process of its own:
 *
 *   php loop.php CLIENT WORKLOAD BASE_URL CA_FILE N WARMUP
 *
 * CLIENT:   ext (Cashfin\Customers), pure (BenchPhp\PurePhpClient), guzzle (BenchPhp\GuzzleClient)
 * WORKLOAD: details   details(id) on one client
 *           create    create(customer) on one client
 *           list      list(['limit' => 100]) on one client: a 100-customer page
 *           all       all() on one client: every one of the 10,000 canned customers, 100 pages of 100, each
 *                     customer touched (one "call" is the whole walk)
 *           fresh     a new client for every details(id): a new connection (and TLS handshake) each time
 *                     (the extension with persistent => false)
 *           batch-first   (ext only) createMany() of 16 at concurrency 16 by a client whose connection cache is
 *                     empty: a new client with persistent => false, whose cache is its own, before each call
 *           batch-second  (ext only) the same client's next createMany() of 16, on the connections its
 *                     earlier ones (made before the timer starts: lib/batch.php) left in its cache
 *                     (both also report the new connections each timed batch opened)
 *           decode    json_decode() of a 100-customer page already in memory (BASE_URL is the page's file)
 *
 * WARMUP calls first (the connection is opened there), then N calls, each timed
 * alone with hrtime() (what a call needs first, such as a new client, is made
 * before its timer starts). Every answer is checked; a wrong one stops the run.
 * Prints one JSON line: median, mean, p10, p90 of the N per-call times in µs.
 */

require __DIR__ . '/../lib/canned.php';
require __DIR__ . '/../lib/batch.php';

[, $client, $workload, $base, $ca, $n, $warmup] = $argv + array_fill(0, 7, null);
$n = (int) $n;
$warmup = (int) $warmup;
$secret = 'cs_bench_0123456789abcdef';

$make = match ($client) {
    'ext' => fn (bool $fresh = false) => new Cashfin\Customers($secret,
        ['base_url' => $base, 'ca_info' => $ca, 'max_retries' => 0] + ($fresh ? ['persistent' => false] : [])),
    'pure' => function () use ($secret, $base, $ca) {
        require_once __DIR__ . '/PurePhpClient.php';
        return new BenchPhp\PurePhpClient($secret, ['base_url' => $base, 'ca_info' => $ca, 'max_retries' => 0]);
    },
    'guzzle' => function () use ($secret, $base, $ca) {
        require_once __DIR__ . '/GuzzleClient.php';
        return new BenchPhp\GuzzleClient($secret, ['base_url' => $base, 'ca_info' => $ca, 'max_retries' => 0]);
    },
    default => throw new ValueError("unknown client $client"),
};

$customer = bench_new_customer();
$before = null; // what each call needs made first, outside its time
$check = function (bool $ok, string $what) use ($client, $workload) {
    if (!$ok) {
        fwrite(STDERR, "loop.php: $client $workload: wrong answer: $what\n");
        exit(2);
    }
};

if ($workload === 'decode') {
    $page = (string) file_get_contents($base);
    $call = function () use ($page, $check) {
        $check(count(json_decode($page, true)['data']) === BENCH_PAGE_SIZE, 'page');
    };
} elseif ($workload === 'batch-first' || $workload === 'batch-second') {
    // Each timed batch also counts the new connections it opened (its client's on_response).
    $api = null;
    $opened = 0;
    $connections = [];
    $call = function () use (&$api, &$opened, &$connections, $check) {
        $check(bench_batch_run($api), 'createMany');
        $connections[] = $opened;
    };
    $before = function () use (&$api, &$opened, $base, $ca, $workload) {
        $api = null; // the previous client and its connections are gone before the next one starts
        $api = bench_batch_client($base, $ca, $opened);
        if ($workload === 'batch-second') {
            bench_batch_fill($api);
        }
        $opened = 0;
    };
} elseif ($workload === 'fresh') {
    $call = function () use ($make, $check) {
        $check($make(true)->details(BENCH_DETAILS_ID)['_id'] === BENCH_DETAILS_ID, 'details');
    };
} else {
    $api = $make();
    $call = match ($workload) {
        'details' => function () use ($api, $check) {
            $check($api->details(BENCH_DETAILS_ID)['_id'] === BENCH_DETAILS_ID, 'details');
        },
        'create' => function () use ($api, $check, $customer) {
            $check($api->create($customer)['email'] === $customer['email'], 'create');
        },
        'list' => function () use ($api, $check) {
            $page = $api->list(['limit' => 100]);
            $check(count($page['data']) === BENCH_PAGE_SIZE && $page['pagination']['pages'] === BENCH_PAGES, 'list');
        },
        'all' => function () use ($api, $check) {
            $count = 0;
            foreach ($api->all() as $customer) {
                $count += strlen($customer['_id']) === 24 ? 1 : 0;
            }
            $check($count === BENCH_PAGES * BENCH_PAGE_SIZE, 'all');
        },
        default => throw new ValueError("unknown workload $workload"),
    };
}

for ($i = 0; $i < $warmup; $i++) {
    $before && $before();
    $call();
}
if (isset($connections)) {
    $connections = []; // the warm-up's are not reported
}
$times = [];
for ($i = 0; $i < $n; $i++) {
    $before && $before();
    $t = hrtime(true);
    $call();
    $times[] = hrtime(true) - $t;
}
sort($times);
$at = fn (float $q) => $times[min($n - 1, (int) floor($q * ($n - 1) + 0.5))] / 1000;
echo json_encode([
    'client' => $client,
    'workload' => $workload,
    'n' => $n,
    'median_us' => $n % 2 ? $times[intdiv($n, 2)] / 1000 : ($times[$n / 2 - 1] + $times[$n / 2]) / 2000,
    'mean_us' => array_sum($times) / $n / 1000,
    'p10_us' => $at(0.10),
    'p90_us' => $at(0.90),
] + (isset($connections) ? ['new_connections' => $connections] : [])), "\n";
