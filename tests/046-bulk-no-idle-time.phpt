--TEST--
Bulk: a finished request frees its slot for the next entry at once: concurrency 1 is about as fast as the same calls one by one (no idle wait after each answer)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// A limit far above what this test sends: with the nominal 25 a second, X-RateLimit-Remaining would reach 0
// and the batch would rightly pause, which is not what this test measures.
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_RPS' => 100000]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$id = $client->create(cf_person(1))['_id'];
$ids = array_fill(0, 20, $id);

// The fastest of three rounds each, interleaved, so that a busy machine slows both alike.
$single = $batch = INF;
$ok = true;
for ($round = 0; $round < 3; $round++) {
    $start = hrtime(true);
    foreach ($ids as $one) {
        $ok = $ok && $client->details($one)['_id'] === $id;
    }
    $single = min($single, (hrtime(true) - $start) / 1e9);
    $start = hrtime(true);
    $result = $client->detailsMany($ids, ['concurrency' => 1]);
    $batch = min($batch, (hrtime(true) - $start) / 1e9);
    $ok = $ok && count(array_filter($result, fn ($r) => is_array($r) && $r['_id'] === $id)) === 20;
}
// Wide margin: an idle wait of 100 ms after each answer would add 2 s.
$fine = $batch <= 1.5 * $single + 0.6;
echo "20 answers each time: ", var_export($ok, true), "\n";
echo "concurrency 1 no slower than one by one: ", var_export($fine, true),
    $fine ? '' : sprintf(' (batch %.3f s, one by one %.3f s)', $batch, $single), "\n";
?>
--EXPECT--
20 answers each time: true
concurrency 1 no slower than one by one: true
