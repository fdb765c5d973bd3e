--TEST--
RateLimitException: 429 with Retry-After header, with retry_after in the body only, and from the sandbox's own rps limit
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);

cf_fault($base, ['status' => 429, 'headers' => ['Retry-After' => '30'],
    'body' => '{"success":false,"error":"Too many requests"}']);
$e = cf_catch(fn () => $client->list());
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
echo "retry after: ", var_export($e->getRetryAfter(), true), "\n";
echo "attempts: ", $client->lastResponse()['attempts'], ", requests: ", count($requests), "\n";

cf_fault($base, ['status' => 429, 'body' => '{"success":false,"error":"Too many requests","retry_after":7}']);
$e = cf_catch(fn () => $client->list());
echo "body only: ", get_class($e), ' retry after ', var_export($e->getRetryAfter(), true), "\n";

cf_fault($base, ['status' => 429, 'headers' => ['Retry-After' => '12'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":7}']);
$e = cf_catch(fn () => $client->list());
echo "both (the header wins): ", var_export($e->getRetryAfter(), true), "\n";

cf_fault($base, ['status' => 429, 'body' => '{"success":false,"error":"Slow down"}']);
$e = cf_catch(fn () => $client->list());
echo "neither: ", get_class($e), ' ', $e->getMessage(), ' retry after ', var_export($e->getRetryAfter(), true), "\n";

// The sandbox's own limit: one request per second. Its Retry-After of 1 s is within max_retry_delay, so
// it would be waited for (without spending max_retries): a client that waits for nothing sees the 429.
cashfin_sandbox_admin($base, 'POST', '/__sandbox/config', ['rps' => 1]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0, 'max_retry_delay' => 0]);
$caught = null;
for ($i = 0; $i < 10 && $caught === null; $i++) {
    try {
        $client->list();
    } catch (Cashfin\RateLimitException $e) {
        $caught = $e;
    }
}
$last = $client->lastResponse();
echo "sandbox limit: ", $caught->getHttpStatus(), ' ', $caught->getMessage(), ' retry after ',
    var_export($caught->getRetryAfter(), true), ' (header ', $last['headers']['retry-after'], ")\n";
echo "rate_limit: limit ", $last['rate_limit']['limit'], ", remaining ", $last['rate_limit']['remaining'], "\n";
cashfin_sandbox_admin($base, 'POST', '/__sandbox/config', ['rps' => null]);
?>
--EXPECT--
Cashfin\RateLimitException
Cashfin\Exception: true
RuntimeException: true
message: Too many requests
status: 429
code equals status: true
errors: []
body: '{"success":false,"error":"Too many requests"}'
request id sent: true
retry after: 30
attempts: 1, requests: 1
body only: Cashfin\RateLimitException retry after 7
both (the header wins): 12
neither: Cashfin\RateLimitException Slow down retry after NULL
sandbox limit: 429 Too many requests retry after 1 (header 1)
rate_limit: limit 1, remaining 0
