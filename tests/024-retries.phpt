--TEST--
Retries: a 503 then success succeeds on the second attempt; max_retries 0 gives up at once; a 400 is never retried
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2]);
$customer = $client->create(cf_person(1));

function attempt(string $label, string $base, Cashfin\Customers $client, callable $call): void
{
    cf_clear_requests($base);
    try {
        $result = $call();
        $outcome = 'ok';
    } catch (Cashfin\Exception $e) {
        $outcome = get_class($e) . ' ' . $e->getHttpStatus();
    }
    $last = $client->lastResponse();
    echo str_pad($label, 34), $outcome, ', status ', var_export($last['status'], true), ', attempts ', $last['attempts'],
        ', requests ', count(cf_requests($base)), "\n";
}

$fast = ['Retry-After' => '0'];
cf_fault($base, ['status' => 503, 'count' => 1, 'headers' => $fast]);
attempt('503 once:', $base, $client, fn () => $client->list());

cf_fault($base, ['status' => 503, 'count' => 2, 'headers' => $fast]);
attempt('503 twice:', $base, $client, fn () => $client->details($customer['_id']));

cf_fault($base, ['status' => 503, 'count' => 3, 'headers' => $fast]);
attempt('503 three times (max 2 retries):', $base, $client, fn () => $client->list());

foreach ([500, 502, 504, 429] as $status) {
    cf_fault($base, ['status' => $status, 'count' => 1, 'headers' => $fast]);
    attempt("$status once:", $base, $client, fn () => $client->list());
}

// Without retries: one attempt.
$once = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
cf_fault($base, ['status' => 503, 'count' => 1, 'headers' => $fast]);
attempt('max_retries 0, 503:', $base, $once, fn () => $once->list());
attempt('max_retries 0, then:', $base, $once, fn () => $once->list());

// Answers that repeating cannot change are never retried.
foreach ([400, 401, 403, 404, 409, 422] as $status) {
    cf_fault($base, ['status' => $status, 'count' => 3, 'headers' => $fast]);
    attempt("$status:", $base, $client, fn () => $client->list());
    cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
}
cf_fault($base, ['status' => 200, 'count' => 3, 'body' => '<html></html>', 'content_type' => 'text/html', 'headers' => $fast]);
attempt('200 HTML:', $base, $client, fn () => $client->list());
cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');

// An update retried after a 503 is applied once, with the same body each time.
cf_fault($base, ['path' => '/business/customer/update/', 'status' => 503, 'count' => 1, 'headers' => $fast]);
attempt('update after 503:', $base, $client, fn () => $client->update($customer['_id'], ['city' => 'Eldoret']));
$bodies = array_column(cf_requests($base), 'body');
echo "same body both times: ", var_export(count($bodies) === 2 && $bodies[0] === $bodies[1], true), ", city ",
    $client->details($customer['_id'])['city'], "\n";

// Transport failures are retried too.
cf_fault($base, ['path' => '/business/customer/list', 'drop' => true, 'count' => 1]);
attempt('connection dropped once:', $base, $client, fn () => $client->list());

// The sandbox's own limit (1 request/s): a 429 with Retry-After: 1 is waited out and retried.
cashfin_sandbox_admin($base, 'POST', '/__sandbox/config', ['rps' => 1]);
cf_clear_requests($base);
$attempts = [];
for ($i = 0; $i < 3; $i++) {
    $client->list();
    $attempts[] = $client->lastResponse()['attempts'];
}
echo "rps 1, three calls: all succeeded, most attempts ", max($attempts), "\n";
?>
--EXPECT--
503 once:                         ok, status 200, attempts 2, requests 2
503 twice:                        ok, status 200, attempts 3, requests 3
503 three times (max 2 retries):  Cashfin\ServerException 503, status 503, attempts 3, requests 3
500 once:                         ok, status 200, attempts 2, requests 2
502 once:                         ok, status 200, attempts 2, requests 2
504 once:                         ok, status 200, attempts 2, requests 2
429 once:                         ok, status 200, attempts 2, requests 2
max_retries 0, 503:               Cashfin\ServerException 503, status 503, attempts 1, requests 1
max_retries 0, then:              ok, status 200, attempts 1, requests 1
400:                              Cashfin\ApiException 400, status 400, attempts 1, requests 1
401:                              Cashfin\AuthenticationException 401, status 401, attempts 1, requests 1
403:                              Cashfin\PermissionException 403, status 403, attempts 1, requests 1
404:                              Cashfin\NotFoundException 404, status 404, attempts 1, requests 1
409:                              Cashfin\DuplicateException 409, status 409, attempts 1, requests 1
422:                              Cashfin\ValidationException 422, status 422, attempts 1, requests 1
200 HTML:                         Cashfin\UnexpectedResponseException 200, status 200, attempts 1, requests 1
update after 503:                 ok, status 200, attempts 2, requests 2
same body both times: true, city Eldoret
connection dropped once:          ok, status 200, attempts 2, requests 2
rps 1, three calls: all succeeded, most attempts 2
