--TEST--
Retry accounting, one rule for single and bulk calls: a 429 whose Retry-After is within max_retry_delay is waited for without spending max_retries (at most 10 such waits per call), every other retried failure spends one retry; on_response's attempt and will_retry agree
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$id = (new Cashfin\Customers('cs_test', ['base_url' => $base]))->create(cf_person(1))['_id'];

$events = [];
// Each attempt as "number:status", with "+" when on_response was told it will be retried.
$options = function (int $retries) use ($base, &$events): array {
    return ['base_url' => $base, 'max_retries' => $retries, 'on_response' => function (array $e) use (&$events) {
        $events[] = $e['attempt'] . ':' . ($e['status'] ?? 'none') . ($e['will_retry'] ? '+' : '');
    }];
};
$wait = ['Retry-After' => '0.05'];
$path = "/business/customer/details/$id";

/** Queues the faults, runs the single call and the same call in a batch, prints both. */
function both(string $label, string $base, array $faults, Cashfin\Customers $client, string $id, array &$events): void
{
    foreach (['single' => fn () => $client->details($id), 'bulk' => fn () => $client->detailsMany([$id])[0]] as $how => $call) {
        cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
        foreach ($faults as $fault) {
            cf_fault($base, $fault);
        }
        $events = [];
        try {
            $result = $call();
            $outcome = $result instanceof Throwable ? get_class($result) : 'answered';
        } catch (Cashfin\Exception $e) {
            $outcome = get_class($e);
        }
        printf("%-30s %-6s %s: %s\n", $label, $how, $outcome, implode(' ', $events));
    }
}

// 429, 429, then 503s with max_retries 2: the two waits are free, the 503s spend the two retries.
both('429 429 503 503 503, retries 2', $base, [
    ['path' => $path, 'status' => 429, 'count' => 2, 'headers' => $wait],
    ['path' => $path, 'status' => 503, 'count' => 3],
], new Cashfin\Customers('cs_test', $options(2)), $id, $events);

// With max_retries 0 the 429 waits still happen; the 503 then ends the call.
both('429 429 503, retries 0', $base, [
    ['path' => $path, 'status' => 429, 'count' => 2, 'headers' => $wait],
    ['path' => $path, 'status' => 503, 'count' => 1],
], new Cashfin\Customers('cs_test', $options(0)), $id, $events);

// A 429 without a usable wait time is a failure like a 503: backoff, one retry spent.
both('429 (no wait) x2, retries 1', $base, [
    ['path' => $path, 'status' => 429, 'count' => 2],
], new Cashfin\Customers('cs_test', $options(1)), $id, $events);

// Transport failures spend retries too.
both('dropped x2, retries 2', $base, [
    ['path' => $path, 'drop' => true, 'count' => 2],
], new Cashfin\Customers('cs_test', $options(2)), $id, $events);

// A 429 that asks for no wait (0, or a date already past) sets no pace: it spends retries like a 503,
// so with max_retries 0 the first one is final instead of ten retries at once.
foreach (['0', 'Sun, 06 Nov 1994 08:49:37 GMT'] as $value) {
    both("429 Retry-After " . substr($value, 0, 3) . " x12, retries 0", $base, [
        ['path' => $path, 'status' => 429, 'count' => 12, 'headers' => ['Retry-After' => $value]],
    ], new Cashfin\Customers('cs_test', $options(0)), $id, $events);
}
both('429 Retry-After 0, retries 1', $base, [
    ['path' => $path, 'status' => 429, 'count' => 1, 'headers' => ['Retry-After' => '0']],
], new Cashfin\Customers('cs_test', $options(1)), $id, $events);

// At most 10 free waits per call: the 11th 429 spends a retry, the 12th ends the call with max_retries 1.
both('429 x12, retries 1', $base, [
    ['path' => $path, 'status' => 429, 'count' => 12, 'headers' => $wait],
], new Cashfin\Customers('cs_test', $options(1)), $id, $events);
both('429 x11 then 200, retries 1', $base, [
    ['path' => $path, 'status' => 429, 'count' => 11, 'headers' => $wait],
], new Cashfin\Customers('cs_test', $options(1)), $id, $events);
?>
--EXPECT--
429 429 503 503 503, retries 2 single Cashfin\ServerException: 1:429+ 2:429+ 3:503+ 4:503+ 5:503
429 429 503 503 503, retries 2 bulk   Cashfin\ServerException: 1:429+ 2:429+ 3:503+ 4:503+ 5:503
429 429 503, retries 0         single Cashfin\ServerException: 1:429+ 2:429+ 3:503
429 429 503, retries 0         bulk   Cashfin\ServerException: 1:429+ 2:429+ 3:503
429 (no wait) x2, retries 1    single Cashfin\RateLimitException: 1:429+ 2:429
429 (no wait) x2, retries 1    bulk   Cashfin\RateLimitException: 1:429+ 2:429
dropped x2, retries 2          single answered: 1:none+ 2:none+ 3:200
dropped x2, retries 2          bulk   answered: 1:none+ 2:none+ 3:200
429 Retry-After 0 x12, retries 0 single Cashfin\RateLimitException: 1:429
429 Retry-After 0 x12, retries 0 bulk   Cashfin\RateLimitException: 1:429
429 Retry-After Sun x12, retries 0 single Cashfin\RateLimitException: 1:429
429 Retry-After Sun x12, retries 0 bulk   Cashfin\RateLimitException: 1:429
429 Retry-After 0, retries 1   single answered: 1:429+ 2:200
429 Retry-After 0, retries 1   bulk   answered: 1:429+ 2:200
429 x12, retries 1             single Cashfin\RateLimitException: 1:429+ 2:429+ 3:429+ 4:429+ 5:429+ 6:429+ 7:429+ 8:429+ 9:429+ 10:429+ 11:429+ 12:429
429 x12, retries 1             bulk   Cashfin\RateLimitException: 1:429+ 2:429+ 3:429+ 4:429+ 5:429+ 6:429+ 7:429+ 8:429+ 9:429+ 10:429+ 11:429+ 12:429
429 x11 then 200, retries 1    single answered: 1:429+ 2:429+ 3:429+ 4:429+ 5:429+ 6:429+ 7:429+ 8:429+ 9:429+ 10:429+ 11:429+ 12:200
429 x11 then 200, retries 1    bulk   answered: 1:429+ 2:429+ 3:429+ 4:429+ 5:429+ 6:429+ 7:429+ 8:429+ 9:429+ 10:429+ 11:429+ 12:200
