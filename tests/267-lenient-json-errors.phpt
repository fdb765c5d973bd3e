--TEST--
Error answers that json_decode refuses (raw control characters, a BOM, bad escapes, 01, odd whitespace) are not read: the status decides, the message is our own
--DESCRIPTION--
Error answers are read by cJSON (ext/core/envelope.c), which accepts more than JSON allows: raw
control characters inside strings, a UTF-8 byte order mark, any byte up to 0x20 as whitespace,
\u escapes with non-hex digits (read as \u0000), numbers such as 01, 1. or -.5. envelope.c already
refuses invalid UTF-8 "because json_decode would"; these bodies must be refused the same way, so
that a hostile or broken server cannot put raw control characters (log injection) into an exception
message, or turn a 400 into a DuplicateException with a body json_decode calls invalid.
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/hostile.inc';

function answer(string $label, int $status, string $body): void
{
    $server = cf_hostile_start([cf_hostile_answer($status, $body)]);
    $client = new Cashfin\Customers('cs_test', ['base_url' => $server['base'], 'max_retries' => 0]);
    [$e] = cf_timed(fn () => $client->details('507f1f77bcf86cd799439011'));
    $message = $e->getMessage();
    echo str_pad($label, 30), get_class($e), ', json_decode refuses it ', var_export(json_decode($body, true) === null, true),
        ', message from the body ', var_export(stripos($message, 'customer') !== false || str_contains($message, 'boom'), true),
        ', control characters in the message ', var_export(preg_match('/[\x00-\x1f\x7f]/', $message) === 1, true), "\n";
    cf_hostile_stop($server);
}

answer('raw newline, 404', 404, "{\"success\":false,\"error\":\"Customer\nnot found\"}");
answer('raw ESC, 500', 500, "{\"success\":false,\"error\":\"boom \x1b[31mred\x1b[0m\"}");
answer('raw CR LF, 409', 409, "{\"success\":false,\"error\":\"Customer with this email already exists\r\nX-Injected: 1\"}");
answer('raw TAB, 200', 200, "{\"success\":false,\"error\":\"Customer not found\t\"}");
answer('BOM, 400', 400, "\xef\xbb\xbf{\"success\":false,\"error\":\"Customer with this email already exists\"}");
answer('vertical tab between, 400', 400, "{\"success\":false,\x0b\"error\":\"Customer not found\"}");
answer('NUL between, 400', 400, "{\"success\":false,\x00\"error\":\"Customer not found\"}");
answer('number 01, 400', 400, '{"success":false,"code":01,"error":"Customer with this email already exists"}');
answer('number 1., 400', 400, '{"success":false,"code":1.,"error":"Invalid customer ID format"}');
answer('number -.5, 200', 200, '{"success":false,"code":-.5,"error":"Customer not found"}');
answer('bad \\u escape, 400', 400, '{"success":false,"error":"Customer with this email already exists\u12G4"}');
?>
--EXPECT--
raw newline, 404              Cashfin\NotFoundException, json_decode refuses it true, message from the body false, control characters in the message false
raw ESC, 500                  Cashfin\ServerException, json_decode refuses it true, message from the body false, control characters in the message false
raw CR LF, 409                Cashfin\DuplicateException, json_decode refuses it true, message from the body false, control characters in the message false
raw TAB, 200                  Cashfin\UnexpectedResponseException, json_decode refuses it true, message from the body false, control characters in the message false
BOM, 400                      Cashfin\ApiException, json_decode refuses it true, message from the body false, control characters in the message false
vertical tab between, 400     Cashfin\ApiException, json_decode refuses it true, message from the body false, control characters in the message false
NUL between, 400              Cashfin\ApiException, json_decode refuses it true, message from the body false, control characters in the message false
number 01, 400                Cashfin\ApiException, json_decode refuses it true, message from the body false, control characters in the message false
number 1., 400                Cashfin\ApiException, json_decode refuses it true, message from the body false, control characters in the message false
number -.5, 200               Cashfin\UnexpectedResponseException, json_decode refuses it true, message from the body false, control characters in the message false
bad \u escape, 400            Cashfin\ApiException, json_decode refuses it true, message from the body false, control characters in the message false
