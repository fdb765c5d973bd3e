--TEST--
HTML error pages (a proxy's or gateway's): the status decides the class, the page is kept as the body and never becomes the message; 5xx pages are retried
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2, 'timeout' => 5.0]);
$id = $client->create(cf_person(1))['_id'];

function page(int $status, string $title): string
{
    return "<!DOCTYPE html>\n<html>\n<head><title>$status $title</title></head>\n<body>\n<center><h1>$status $title</h1></center>\n"
        . "<hr><center>nginx/1.22.1</center>\n<script>var error = {\"success\": false, \"error\": \"fake\"};</script>\n</body>\n</html>\n";
}

$pages = [200 => 'OK', 401 => 'Authorization Required', 403 => 'Forbidden', 404 => 'Not Found',
    429 => 'Too Many Requests', 500 => 'Internal Server Error', 502 => 'Bad Gateway', 503 => 'Service Temporarily Unavailable'];
foreach ($pages as $status => $title) {
    $html = page($status, $title);
    cf_clear_requests($base);
    // Enough of them to meet every attempt.
    cf_fault($base, ['status' => $status, 'body' => $html, 'content_type' => 'text/html', 'count' => 3]);
    [$e, $seconds] = cf_timed(fn () => $client->details($id));
    cashfin_sandbox_admin($base, 'DELETE', '/__sandbox/faults');
    $requests = cf_requests($base);
    printf("%d: %s, status %s, attempts %d, body kept %s, message free of HTML %s, errors %s, request id %s, within %.1f s %s\n",
        $status, get_class($e), var_export($e->getHttpStatus(), true), $client->lastResponse()['attempts'],
        var_export($e->getResponseBody() === $html, true),
        var_export($e->getMessage() !== '' && !str_contains($e->getMessage(), '<') && !str_contains($e->getMessage(), 'fake'), true),
        json_encode($e->getErrors()), var_export($e->getRequestId() === end($requests)['request_id'], true),
        2.0 + cf_backoff_bound(2), var_export(cf_within($seconds, 0, 2.0 + cf_backoff_bound(2)), true));
}

// A 502 page once, then the API again: the retry answers.
cf_fault($base, ['status' => 502, 'body' => page(502, 'Bad Gateway'), 'content_type' => 'text/html']);
echo "502 once, then: ", $client->details($id)['_id'] === $id ? 'the customer' : 'wrong', ", attempts ", $client->lastResponse()['attempts'], "\n";

// Pages that are not even HTML-shaped, straight from a raw server.
foreach ([
    'plain text 503' => cf_hostile_answer(503, "Service Unavailable\n", 'text/plain'),
    'XML 500' => cf_hostile_answer(500, '<?xml version="1.0"?><error><message>boom</message></error>', 'application/xml'),
    'JSON-looking HTML 200' => cf_hostile_answer(200, '{"success":true,"data":{}}<html></html>', 'text/html'),
] as $label => $script) {
    $server = cf_hostile_start([$script]);
    $raw = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 0]);
    $e = cf_catch(fn () => $raw->details($id));
    echo "$label: ", get_class($e), ', status ', $e->getHttpStatus(), ', message free of the body ',
        var_export(!str_contains($e->getMessage(), 'boom') && !str_contains($e->getMessage(), '<'), true), "\n";
    cf_hostile_stop($server);
}
?>
--EXPECT--
200: Cashfin\UnexpectedResponseException, status 200, attempts 1, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
401: Cashfin\AuthenticationException, status 401, attempts 1, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
403: Cashfin\PermissionException, status 403, attempts 1, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
404: Cashfin\NotFoundException, status 404, attempts 1, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
429: Cashfin\RateLimitException, status 429, attempts 3, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
500: Cashfin\ServerException, status 500, attempts 3, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
502: Cashfin\ServerException, status 502, attempts 3, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
503: Cashfin\ServerException, status 503, attempts 3, body kept true, message free of HTML true, errors [], request id true, within 3.5 s true
502 once, then: the customer, attempts 2
plain text 503: Cashfin\ServerException, status 503, message free of the body true
XML 500: Cashfin\ServerException, status 500, message free of the body true
JSON-looking HTML 200: Cashfin\UnexpectedResponseException, status 200, message free of the body true
