--TEST--
Invalid UTF-8 in JSON answers (as json_decode refuses it): a success becomes an UnexpectedResponseException; an error keeps its status's class, the body byte for byte and a message of our own
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

$id = '507f1f77bcf86cd799439011';
$page = fn (string $customer) => '{"success":true,"data":[' . $customer . '],"pagination":{"total":1,"page":1,"limit":10,"pages":1}}';

function answer(string $label, int $status, string $body, callable $call): void
{
    $server = cf_hostile_start([cf_hostile_answer($status, $body)]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 0]);
    [$e, $seconds, $result] = cf_timed(fn () => $call($client));
    if (!$e) {
        echo str_pad($label, 30), "answered: ", json_encode($result), "\n";
    } else {
        $message = $e->getMessage();
        echo str_pad($label, 30), get_class($e), ', status ', var_export($e->getHttpStatus(), true),
            ', body kept ', var_export($e->getResponseBody() === $body, true), ', errors ', json_encode($e->getErrors()),
            ', message valid UTF-8 ', var_export(preg_match('//u', $message) === 1, true),
            ', json_decode refuses it too ', var_export(json_decode($body, true) === null, true), "\n";
        echo str_repeat(' ', 30), 'message: ', $message, "\n";
    }
    cf_hostile_stop($server);
}

$details = fn ($c) => $c->details('507f1f77bcf86cd799439011');
$list = fn ($c) => $c->list();
$all = fn ($c) => iterator_to_array($c->all());

// Successes.
answer('lone byte in a value', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"name\":\"Jo\xffn\"}}", $details);
answer('cut sequence in a key', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"na\xc3me\":\"John\"}}", $details);
answer('overlong slash', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"city\":\"\xc0\xaf\"}}", $details);
answer('UTF-16 surrogate bytes', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"city\":\"\xed\xa0\x80\"}}", $details);
answer('beyond U+10FFFF', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"city\":\"\xf4\x90\x80\x80\"}}", $details);
answer('lone surrogate escape', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"city\":\"\\ud800\"}}", $details);
answer('lone low surrogate escape', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"city\":\"\\udc00x\"}}", $details);
answer('in a listed customer', 200, $page("{\"_id\":\"$id\",\"name\":\"\xe2\x82\"}"), $list);
answer('in a page, through all()', 200, $page("{\"_id\":\"$id\",\"name\":\"\xe2\x82\"}"), $all);
answer('in pagination', 200, "{\"success\":true,\"data\":[],\"pagination\":{\"total\":1,\"page\":1,\"limit\":10,\"pages\":1,\"\xff\":1}}", $list);
answer('in the envelope', 200, "{\"success\":true,\"message\":\"Customer created \xff\",\"data\":{\"_id\":\"$id\"}}", $details);

// Errors: the status decides, the body is not read.
answer('404 message', 404, "{\"success\":false,\"error\":\"Customer not found\xff\"}", $details);
answer('400 message', 400, "{\"success\":false,\"error\":\"Invalid customer ID format\xc0\xaf\"}", $details);
answer('409 message', 409, "{\"success\":false,\"error\":\"Customer with this email already exists \xed\xa0\x80\"}", $details);
answer('422 field error', 422, "{\"success\":false,\"error\":\"There are problems with your submission\",\"errors\":{\"email\":\"Email \xff\"}}", $details);
answer('422 field name', 422, "{\"success\":false,\"error\":\"There are problems with your submission\",\"errors\":{\"em\xffil\":\"Email is required\"}}", $details);
answer('429 message', 429, "{\"success\":false,\"error\":\"Too many requests \xff\",\"retry_after\":30}", $details);
answer('500 message', 500, "{\"success\":false,\"error\":\"boom \xff\"}", $details);
answer('200, success false', 200, "{\"success\":false,\"error\":\"Customer not found\xff\"}", $details);

// And valid UTF-8 that only looks odd is read as it is.
answer('odd but valid UTF-8', 200, "{\"success\":true,\"data\":{\"_id\":\"$id\",\"name\":\"\xef\xbf\xbf \xf0\x9f\x98\x80 \\u0000 \\ud83d\\ude00\"}}",
    fn ($c) => bin2hex($c->details($id)['name']));
?>
--EXPECT--
lone byte in a value          Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
cut sequence in a key         Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
overlong slash                Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
UTF-16 surrogate bytes        Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
beyond U+10FFFF               Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
lone surrogate escape         Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
lone low surrogate escape     Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
in a listed customer          Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
in a page, through all()      Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
in pagination                 Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
in the envelope               Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
404 message                   Cashfin\NotFoundException, status 404, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 404 without an error message
400 message                   Cashfin\ApiException, status 400, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 400 without an error message
409 message                   Cashfin\DuplicateException, status 409, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 409 without an error message
422 field error               Cashfin\ValidationException, status 422, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 422 without an error message
422 field name                Cashfin\ValidationException, status 422, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 422 without an error message
429 message                   Cashfin\RateLimitException, status 429, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 429 without an error message
500 message                   Cashfin\ServerException, status 500, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: Cashfin answered HTTP 500 without an error message
200, success false            Cashfin\UnexpectedResponseException, status 200, body kept true, errors [], message valid UTF-8 true, json_decode refuses it too true
                              message: The answer (HTTP 200) is not a JSON object
odd but valid UTF-8           answered: "efbfbf20f09f9880200020f09f9880"
