--TEST--
Bulk: the batch pauses when X-RateLimit-Remaining reaches 0 (until X-RateLimit-Reset) and on a 429 whose Retry-After is within max_retry_delay, then resumes the entry; a longer Retry-After is returned at once
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$seed = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$ids = [];
for ($n = 1; $n <= 6; $n++) {
    $ids[] = $seed->create(cf_person($n))['_id'];
}

/** A client that notes every attempt: when it started and ended (wall clock, s), its path and status. */
function observed(string $base, array &$attempts, array $options = []): Cashfin\Customers
{
    return new Cashfin\Customers('cs_test', $options + ['base_url' => $base, 'on_response' => function (array $e) use (&$attempts) {
        $end = microtime(true);
        $attempts[] = ['start' => $end - $e['duration_ms'] / 1000, 'end' => $end, 'id' => substr($e['path'], -24),
            'status' => $e['status'], 'attempt' => $e['attempt']];
    }]);
}

/** Attempts that started after $since and before $until (with 5 ms for rounding). */
function started_between(array $attempts, float $since, float $until): int
{
    return count(array_filter($attempts, fn ($a) => $a['start'] > $since + 0.005 && $a['start'] < $until - 0.005));
}

// One request at a time: php -S serves its connections in no set order, and with one in flight the
// requests reach it in the entries' order, so the answer that asks for a pause is always followed by others.

// X-RateLimit-Remaining 0 on the first answer: nothing starts before X-RateLimit-Reset (+50 ms).
$attempts = [];
$client = observed($base, $attempts);
$reset = time() + 2;
cf_fault($base, ['path' => "/business/customer/details/{$ids[0]}",
    'headers' => ['X-RateLimit-Limit' => '5', 'X-RateLimit-Remaining' => '0', 'X-RateLimit-Reset' => (string) $reset]]);
$result = $client->detailsMany($ids, ['concurrency' => 1]);
$spent = current(array_filter($attempts, fn ($a) => $a['id'] === $ids[0]));
$after = array_filter($attempts, fn ($a) => $a['start'] > $spent['end']);
echo "remaining 0: all answered ", var_export(count(array_filter($result, 'is_array')) === 6, true),
    ", started after that answer: ", count($after), ", none before the reset: ",
    var_export(started_between($attempts, $spent['end'], $reset + 0.05) === 0, true),
    ", they waited for it: ", var_export(min(array_column($after, 'start')) >= $reset + 0.045, true), "\n";

// A 429 with Retry-After 1 pauses every entry for a second; the refused entry is then retried.
$attempts = [];
$client = observed($base, $attempts);
cf_fault($base, ['path' => "/business/customer/details/{$ids[2]}", 'status' => 429, 'headers' => ['Retry-After' => '1'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":1}']);
$result = $client->detailsMany($ids, ['concurrency' => 1]);
$refused = current(array_filter($attempts, fn ($a) => $a['status'] === 429));
$after = array_filter($attempts, fn ($a) => $a['start'] > $refused['end']);
echo "429 for 1 s: all answered ", var_export(count(array_filter($result, 'is_array')) === 6 && $result[2]['_id'] === $ids[2], true),
    ", refused entry retried: ", json_encode(array_map(fn ($a) => $a['attempt'] . ':' . $a['status'],
        array_values(array_filter($attempts, fn ($a) => $a['id'] === $ids[2])))),
    ", nothing started during the pause: ", var_export(started_between($attempts, $refused['end'], $refused['end'] + 1.0) === 0, true),
    ", started after it: ", count($after), "\n";

// A 429 the client honours does not spend retries: even with max_retries 0 the refused entry is resumed
// after the pause (the server set the pace, the entry did not fail), and the others wait with it.
$attempts = [];
$client = observed($base, $attempts, ['max_retries' => 0]);
cf_fault($base, ['path' => "/business/customer/details/{$ids[1]}", 'status' => 429, 'headers' => ['Retry-After' => '1'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":1}']);
$result = $client->detailsMany($ids, ['concurrency' => 1]);
$refused = current(array_filter($attempts, fn ($a) => $a['status'] === 429));
echo "429 for 1 s with max_retries 0: resumed ", var_export(is_array($result[1]) && $result[1]['_id'] === $ids[1], true),
    ", all answered ", var_export(count(array_filter($result, 'is_array')) === 6, true), ", nothing started during the pause: ",
    var_export(started_between($attempts, $refused['end'], $refused['end'] + 1.0) === 0, true), ", started after it: ",
    count(array_filter($attempts, fn ($a) => $a['start'] > $refused['end'])), "\n";

// A 429 asking for longer than max_retry_delay is that entry's RateLimitException at once; the others go on.
$attempts = [];
$client = observed($base, $attempts, ['max_retry_delay' => 1]);
cf_fault($base, ['path' => "/business/customer/details/{$ids[0]}", 'status' => 429, 'headers' => ['Retry-After' => '20'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":20}']);
$start = microtime(true);
$result = $client->detailsMany($ids, ['concurrency' => 1]);
$elapsed = microtime(true) - $start;
$refused = current(array_filter($attempts, fn ($a) => $a['status'] === 429));
echo "429 for 20 s: ", get_class($result[0]), ' retry after ', $result[0]->getRetryAfter(), ', others answered ',
    var_export(count(array_filter($result, 'is_array')) === 5, true), ', no pause: ',
    var_export(count(array_filter($attempts, fn ($a) => $a['start'] > $refused['end'] && $a['start'] < $refused['end'] + 0.5)) >= 1
        && $elapsed < 10, true), "\n";

// The server's own limit, without requests_per_second: one at a time, the X-RateLimit-Remaining 0 pauses alone
// keep a sequential batch from ever meeting a 429.
cashfin_sandbox_admin($base, 'POST', '/__sandbox/config', ['rps' => 4]);
// The requests above counted in the current window too: start in a fresh one.
usleep((int) max(0, (floor(microtime(true)) + 1.05 - microtime(true)) * 1e6));
$attempts = [];
$client = observed($base, $attempts);
$start = microtime(true);
$result = $client->detailsMany(array_merge($ids, $ids), ['concurrency' => 1]);
$elapsed = microtime(true) - $start;
cashfin_sandbox_admin($base, 'POST', '/__sandbox/config', ['rps' => null]);
echo "sandbox at 4/s, 12 entries one at a time: statuses ", json_encode(array_count_values(array_column($attempts, 'status'))),
    ", took at least 2 s: ", var_export($elapsed >= 2.0, true), "\n";
?>
--EXPECT--
remaining 0: all answered true, started after that answer: 5, none before the reset: true, they waited for it: true
429 for 1 s: all answered true, refused entry retried: ["1:429","2:200"], nothing started during the pause: true, started after it: 4
429 for 1 s with max_retries 0: resumed true, all answered true, nothing started during the pause: true, started after it: 5
429 for 20 s: Cashfin\RateLimitException retry after 20, others answered true, no pause: true
sandbox at 4/s, 12 entries one at a time: statuses {"200":12}, took at least 2 s: true
