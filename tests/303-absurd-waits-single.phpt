--TEST--
Absurd waits, single calls: huge, overflowing, negative, fractional and far-future Retry-After values (header or body) are clamped; beyond max_retry_delay the RateLimitException comes at once with getRetryAfter() at most 604800
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc'; // cf_within()
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2, 'max_retry_delay' => 5]);

/** Runs list() against the fault; prints the outcome, the attempts, and whether it ended within $bound seconds. */
function run(Cashfin\Customers $client, string $base, string $label, array $fault, float $bound = 1.0): void
{
    cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
    cf_fault($base, $fault + ['path' => '/business/customer/list']);
    $started = microtime(true);
    try {
        $client->list();
        $outcome = 'answered';
    } catch (Cashfin\Exception $e) {
        $outcome = get_class($e) . ($e instanceof Cashfin\RateLimitException ? ' retry after ' . var_export($e->getRetryAfter(), true) : '');
    }
    $took = microtime(true) - $started;
    printf("%-40s %s, attempts %d, within %.1f s: %s\n", $label, $outcome, $client->lastResponse()['attempts'], $bound,
        var_export(cf_within($took, 0, $bound), true));
}

$tooMany = '{"success":false,"error":"Too many requests"}';
// Longer than max_retry_delay however it is written: thrown at once, the figure clamped to one week.
foreach (['9223372036854775807', '18446744073709552', '99999999999999999999999999999', 'Fri, 31 Dec 9999 23:59:59 GMT', '604801'] as $value) {
    run($client, $base, "header $value", ['status' => 429, 'headers' => ['Retry-After' => $value], 'body' => $tooMany]);
}
foreach (['9223372036854775807', '18446744073709552', '1e300', '604801.5'] as $value) {
    run($client, $base, "body $value", ['status' => 429, 'body' => '{"success":false,"error":"Too many requests","retry_after":' . $value . '}']);
}
// A 503 with such a Retry-After is not waited for either.
run($client, $base, 'header 9223372036854775807 on a 503', ['status' => 503, 'headers' => ['Retry-After' => '9223372036854775807']]);

// Unusable figures (negative, not a number): no wait time, so the usual backoff and max_retries apply.
foreach (['-5', '-9223372036854775808', 'soon', '1e3'] as $value) {
    run($client, $base, "header $value", ['status' => 429, 'count' => 3, 'headers' => ['Retry-After' => $value], 'body' => $tooMany], 2.5);
}
foreach (['-5', '"10"', 'null'] as $value) {
    run($client, $base, "body $value", ['status' => 429, 'count' => 3, 'body' => '{"success":false,"error":"Too many requests","retry_after":' . $value . '}'], 2.5);
}

// Small figures: fractions are waited for (and shown rounded up), past dates are no wait.
run($client, $base, 'header 0.2, once', ['status' => 429, 'headers' => ['Retry-After' => '0.2'], 'body' => $tooMany]);
run($client, $base, 'body 0.2, once', ['status' => 429, 'body' => '{"success":false,"error":"Too many requests","retry_after":0.2}']);
run($client, $base, 'header in 1970, once', ['status' => 429, 'headers' => ['Retry-After' => 'Thu, 01 Jan 1970 00:00:01 GMT'], 'body' => $tooMany]);
$zero = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0, 'max_retry_delay' => 0]);
run($zero, $base, 'header 0.2, max_retry_delay 0', ['status' => 429, 'headers' => ['Retry-After' => '0.2'], 'body' => $tooMany]);
run($zero, $base, 'body 1.2, max_retry_delay 0', ['status' => 429, 'body' => '{"success":false,"error":"Too many requests","retry_after":1.2}']);
?>
--EXPECT--
header 9223372036854775807               Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
header 18446744073709552                 Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
header 99999999999999999999999999999     Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
header Fri, 31 Dec 9999 23:59:59 GMT     Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
header 604801                            Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
body 9223372036854775807                 Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
body 18446744073709552                   Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
body 1e300                               Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
body 604801.5                            Cashfin\RateLimitException retry after 604800, attempts 1, within 1.0 s: true
header 9223372036854775807 on a 503      Cashfin\ServerException, attempts 1, within 1.0 s: true
header -5                                Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
header -9223372036854775808              Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
header soon                              Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
header 1e3                               Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
body -5                                  Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
body "10"                                Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
body null                                Cashfin\RateLimitException retry after NULL, attempts 3, within 2.5 s: true
header 0.2, once                         answered, attempts 2, within 1.0 s: true
body 0.2, once                           answered, attempts 2, within 1.0 s: true
header in 1970, once                     answered, attempts 2, within 1.0 s: true
header 0.2, max_retry_delay 0            Cashfin\RateLimitException retry after 1, attempts 1, within 1.0 s: true
body 1.2, max_retry_delay 0              Cashfin\RateLimitException retry after 2, attempts 1, within 1.0 s: true
