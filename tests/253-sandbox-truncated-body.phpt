--TEST--
Sandbox fault "truncate": every method gives an UnexpectedResponseException with the part received; retries recover, a create is applied once
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc';
$base = cashfin_sandbox_start();
$once = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0, 'timeout' => 5.0]);
$retrying = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2, 'timeout' => 5.0]);
$customer = $once->create(cf_person(1));
$id = $customer['_id'];
$person = 1;   // each create a new customer

$calls = [
    'create' => [fn ($c) => $c->create(cf_person(++$GLOBALS['person'])), '/business/customer/create'],
    'list' => [fn ($c) => $c->list(), '/business/customer/list'],
    'details' => [fn ($c) => $c->details($id), '/business/customer/details/'],
    'update' => [fn ($c) => $c->update($id, ['city' => 'Nairobi']), '/business/customer/update/'],
    'all' => [fn ($c) => iterator_to_array($c->all()), '/business/customer/list'],
];
foreach ($calls as $method => [$call, $path]) {
    cf_clear_requests($base);
    cf_fault($base, ['path' => $path, 'truncate' => true]);
    [$e, $seconds] = cf_timed(fn () => $call($once));
    $body = $e instanceof Cashfin\Exception ? $e->getResponseBody() : null;
    echo str_pad($method, 8), $e ? get_class($e) : 'no exception', ', status ', var_export($e?->getHttpStatus(), true),
        ', a JSON prefix kept: ', var_export(is_string($body) && $body !== '' && str_starts_with($body, '{') && json_decode($body) === null, true),
        ', requests ', count(cf_requests($base)), ', under 3 s: ', var_export(cf_within($seconds, 0, 3.0), true), "\n";
}

// Cut short once, then whole: the retry returns the answer.
foreach ($calls as $method => [$call, $path]) {
    cf_clear_requests($base);
    cf_fault($base, ['path' => $path, 'truncate' => true]);
    [$e, $seconds, $result] = cf_timed(fn () => $call($retrying));
    echo str_pad($method, 8), 'truncated once: ', $e ? get_class($e) : 'answered', ', attempts ', $retrying->lastResponse()['attempts'],
        ', within ', 3.0 + cf_backoff_bound(1), ' s: ', var_export(cf_within($seconds, 0, 3.0 + cf_backoff_bound(1)), true), "\n";
}
// The truncated create had been applied; its retry was replayed under the same key, not applied again.
$emails = array_column($once->list(['limit' => 100])['data'], 'email');
echo "customers: ", count($emails), ", distinct emails: ", count(array_unique($emails)), "\n";

// Cut short every time: the last attempt's exception, after max_retries + 1 attempts.
cf_clear_requests($base);
cf_fault($base, ['path' => '/business/customer/list', 'truncate' => true, 'count' => 3]);
[$e, $seconds] = cf_timed(fn () => $retrying->list());
echo "truncated 3 times: ", get_class($e), ', attempts ', $retrying->lastResponse()['attempts'], ', requests ', count(cf_requests($base)),
    ', within ', 3.0 + cf_backoff_bound(2), ' s: ', var_export(cf_within($seconds, 0, 3.0 + cf_backoff_bound(2)), true), "\n";
echo "next call: ", $retrying->list()['pagination']['total'], "\n";
?>
--EXPECT--
create  Cashfin\UnexpectedResponseException, status 201, a JSON prefix kept: true, requests 1, under 3 s: true
list    Cashfin\UnexpectedResponseException, status 200, a JSON prefix kept: true, requests 1, under 3 s: true
details Cashfin\UnexpectedResponseException, status 200, a JSON prefix kept: true, requests 1, under 3 s: true
update  Cashfin\UnexpectedResponseException, status 200, a JSON prefix kept: true, requests 1, under 3 s: true
all     Cashfin\UnexpectedResponseException, status 200, a JSON prefix kept: true, requests 1, under 3 s: true
create  truncated once: answered, attempts 2, within 3.5 s: true
list    truncated once: answered, attempts 2, within 3.5 s: true
details truncated once: answered, attempts 2, within 3.5 s: true
update  truncated once: answered, attempts 2, within 3.5 s: true
all     truncated once: answered, attempts 2, within 3.5 s: true
customers: 3, distinct emails: 3
truncated 3 times: Cashfin\UnexpectedResponseException, attempts 3, requests 3, within 4.5 s: true
next call: 3
