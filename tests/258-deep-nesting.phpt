--TEST--
Deeply nested JSON answers (10,000 and 100,000 levels): no crash, bounded time; a success becomes an UnexpectedResponseException, an error keeps its status's class
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$id = '507f1f77bcf86cd799439011';
$arrays = fn (int $depth) => str_repeat('[', $depth) . str_repeat(']', $depth);
$objects = fn (int $depth) => str_repeat('{"a":', $depth) . '1' . str_repeat('}', $depth);

function answer(string $label, int $status, string $body, callable $call): void
{
    $server = cf_hostile_start([cf_hostile_answer($status, $body)]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 0]);
    [$e, $seconds, $result] = cf_timed(fn () => $call($client));
    echo str_pad($label, 30), $e ? get_class($e) . ', status ' . var_export($e->getHttpStatus(), true)
        . ', body kept ' . var_export($e->getResponseBody() === substr($body, 0, 65536), true) . ', message: ' . $e->getMessage()
        : 'answered ' . substr(json_encode($result, 0, 100000), 0, 60), ', under 3 s ', var_export(cf_within($seconds, 0, 3.0), true), "\n";
    cf_hostile_stop($server);
}

$details = fn ($c) => $c->details('507f1f77bcf86cd799439011');
$list = fn ($c) => $c->list();

// Successes nested past any sane depth.
answer('data, 10,000 arrays', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"x\":{$arrays(10000)}}}", $details);
answer('data, 10,000 objects', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"x\":{$objects(10000)}}}", $details);
answer('page, 10,000 arrays', 200, '{"success":true,"data":' . $arrays(10000) . ',"pagination":{"total":1,"page":1,"limit":10,"pages":1}}', $list);
answer('pagination, 10,000 deep', 200, '{"success":true,"data":[],"pagination":{"total":1,"page":1,"limit":10,"pages":1,"x":' . $objects(10000) . '}}', $list);
answer('100,000 unclosed', 200, '{"success":true,"data":' . str_repeat('[', 100000), $list);
answer('top level, 10,000 arrays', 200, $arrays(10000), $details);

// Errors: the status decides; the body could not be read, so the message is our own.
answer('404, 10,000 deep', 404, '{"success":false,"error":"Customer not found","x":' . $objects(10000) . '}', $details);
answer('400, errors 10,000 deep', 400, '{"success":false,"error":"Bad","errors":' . $objects(10000) . '}', $details);
answer('422, errors 10,000 deep', 422, '{"success":false,"error":"There are problems with your submission","errors":{"email":' . $arrays(10000) . '}}', $details);
answer('500, 10,000 deep', 500, '{"success":false,"error":"boom","x":' . $arrays(10000) . '}', $details);
answer('200 failure, 10,000 deep', 200, '{"success":false,"error":"Customer not found","x":' . $arrays(10000) . '}', $details);

// A depth the client reads (as json_decode($body, true, 1000) does) comes back whole.
$body = "{\"success\":true,\"data\":{\"_id\":\"$id\",\"x\":{$objects(500)}}}";
$server = cf_hostile_start([cf_hostile_answer(200, $body)]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 0]);
echo "500 levels: same as json_decode: ", var_export($client->details($id) === json_decode($body, true, 1000)['data'], true), "\n";
?>
--EXPECT--
data, 10,000 arrays           Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
data, 10,000 objects          Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
page, 10,000 arrays           Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
pagination, 10,000 deep       Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
100,000 unclosed              Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
top level, 10,000 arrays      Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
404, 10,000 deep              Cashfin\NotFoundException, status 404, body kept true, message: Cashfin answered HTTP 404 without an error message, under 3 s true
400, errors 10,000 deep       Cashfin\ApiException, status 400, body kept true, message: Cashfin answered HTTP 400 without an error message, under 3 s true
422, errors 10,000 deep       Cashfin\ValidationException, status 422, body kept true, message: Cashfin answered HTTP 422 without an error message, under 3 s true
500, 10,000 deep              Cashfin\ServerException, status 500, body kept true, message: Cashfin answered HTTP 500 without an error message, under 3 s true
200 failure, 10,000 deep      Cashfin\UnexpectedResponseException, status 200, body kept true, message: The answer (HTTP 200) is not a JSON object, under 3 s true
500 levels: same as json_decode: true
