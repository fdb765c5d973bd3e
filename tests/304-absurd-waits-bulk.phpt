--TEST--
Absurd waits, bulk calls: a huge or far-future Retry-After (header or body) is that entry's RateLimitException at once, the batch neither pauses nor hangs, later calls do not spin; requests_per_second has a lower bound of 0.01
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc'; // cf_within()
$base = cashfin_sandbox_start();
$seed = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$ids = [];
for ($n = 1; $n <= 4; $n++) {
    $ids[] = $seed->create(cf_person($n))['_id'];
}

$cases = [
    'header 9223372036854775807' => ['headers' => ['Retry-After' => '9223372036854775807']],
    'header 18446744073709552' => ['headers' => ['Retry-After' => '18446744073709552']],
    'header in year 9999' => ['headers' => ['Retry-After' => 'Fri, 31 Dec 9999 23:59:59 GMT']],
    'body 9223372036854775807' => ['body' => '{"success":false,"error":"Too many requests","retry_after":9223372036854775807}'],
    'body 1e300' => ['body' => '{"success":false,"error":"Too many requests","retry_after":1e300}'],
];
foreach ([0, 2] as $retries) {
    foreach ($cases as $label => $fault) {
        $client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => $retries, 'requests_per_second' => 50]);
        cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
        cf_fault($base, $fault + ['path' => "/business/customer/details/{$ids[1]}", 'status' => 429,
            'body' => '{"success":false,"error":"Too many requests"}']);
        $started = microtime(true);
        $result = $client->detailsMany($ids, ['concurrency' => 2]);
        $took = microtime(true) - $started;
        // The same client goes on without a pause (its pace was not pushed into the far future).
        $started = microtime(true);
        $client->details($ids[0]);
        $next = microtime(true) - $started;
        printf("max_retries %d, %-27s %s retry after %s, others answered %d, in time %s, next call in time %s\n", $retries, "$label:",
            get_class($result[1]), var_export($result[1]->getRetryAfter(), true), count(array_filter($result, 'is_array')),
            var_export(cf_within($took, 0, 2.0), true), var_export(cf_within($next, 0, 1.0), true));
    }
}

echo "-- requests_per_second bounds --\n";
foreach ([1e-300, 0.0099, 0.01, 1000, 1000.5, INF, NAN] as $rate) {
    try {
        new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => $rate]);
        echo "constructor $rate: ok\n";
    } catch (ValueError $e) {
        echo "constructor $rate: ", $e->getMessage(), "\n";
    }
    try {
        $seed->detailsMany([], ['requests_per_second' => $rate]);
        echo "bulk $rate: ok\n";
    } catch (ValueError $e) {
        echo "bulk $rate: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
max_retries 0, header 9223372036854775807: Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 0, header 18446744073709552:   Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 0, header in year 9999:        Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 0, body 9223372036854775807:   Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 0, body 1e300:                 Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 2, header 9223372036854775807: Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 2, header 18446744073709552:   Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 2, header in year 9999:        Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 2, body 9223372036854775807:   Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
max_retries 2, body 1e300:                 Cashfin\RateLimitException retry after 604800, others answered 3, in time true, next call in time true
-- requests_per_second bounds --
constructor 1.0E-300: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
bulk 1.0E-300: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
constructor 0.0099: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
bulk 0.0099: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
constructor 0.01: ok
bulk 0.01: ok
constructor 1000: ok
bulk 1000: ok
constructor 1000.5: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
bulk 1000.5: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
constructor INF: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
bulk INF: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
constructor NAN: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
bulk NAN: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
