--TEST--
ValidationException: a 422 from the server with its field errors, a 400 with errors, and the same errors found locally
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$body = '{"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required","phone":"Phone is required"}}';
cf_fault($base, ['path' => '/business/customer/create', 'status' => 422, 'body' => $body]);
$e = cf_catch(fn () => $client->create(cf_person(1)));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
echo "getErrors() is the body's errors: ", var_export($e->getErrors() === json_decode($body, true)['errors'], true), "\n";

// A 400 carrying field errors is a validation error too; a list of messages per field gives its first.
cf_fault($base, ['status' => 400, 'body' => '{"success":false,"error":"Bad input","errors":{"currency":["Currency must be a 3-letter ISO 4217 code","other"]}}']);
$e = cf_catch(fn () => $client->update('0123456789abcdef01234567', ['city' => 'Nairobi']));
echo get_class($e), ' ', $e->getHttpStatus(), ' ', $e->getMessage(), ' ', json_encode($e->getErrors()), "\n";

// Locally, with the server's own messages, before any request.
cf_clear_requests($base);
$e = cf_catch(fn () => $client->create(['name' => 'Jane', 'email' => 'jane.example.com', 'currency' => 'kes',
    'type' => 'company', 'favourite' => 'blue']));
echo get_class($e), "\n";
echo "Cashfin\\Exception: ", var_export($e instanceof Cashfin\Exception, true), "\n";
echo "message: ", $e->getMessage(), "\n";
echo "errors: ", json_encode($e->getErrors(), JSON_PRETTY_PRINT), "\n";
echo "status: ", var_export($e->getHttpStatus(), true), ", code: ", $e->getCode(), ", body: ",
    var_export($e->getResponseBody(), true), ", request id: ", var_export($e->getRequestId(), true), "\n";

$e = cf_catch(fn () => $client->create([]));
echo "empty create: ", json_encode($e->getErrors()), "\n";
$e = cf_catch(fn () => $client->update('0123456789abcdef01234567', []));
echo "empty update: ", json_encode($e->getErrors()), "\n";
$e = cf_catch(fn () => $client->update('0123456789abcdef01234567', ['name' => ' ', 'website' => 'ftp://x', 'phone' => '12']));
echo "bad update: ", json_encode($e->getErrors()), "\n";
echo "requests sent: ", count(cf_requests($base)), "\n";

// The sandbox applies the same rules: the local messages are the server's.
$context = stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true,
    'header' => "Authorization: cs_test\r\nContent-Type: application/json\r\n",
    'content' => json_encode(['name' => 'Jane', 'email' => 'jane.example.com', 'currency' => 'kes',
        'type' => 'company', 'favourite' => 'blue'])]]);
$answer = json_decode(file_get_contents("$base/business/customer/create", false, $context), true);
echo "server agrees: ", var_export($answer['errors'] === cf_catch(fn () => $client->create(['name' => 'Jane',
    'email' => 'jane.example.com', 'currency' => 'kes', 'type' => 'company', 'favourite' => 'blue']))->getErrors(), true), "\n";
?>
--EXPECT--
Cashfin\ValidationException
Cashfin\Exception: true
RuntimeException: true
message: There are problems with your submission
status: 422
code equals status: true
errors: {"email":"Email is required","phone":"Phone is required"}
body: '{"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required","phone":"Phone is required"}}'
request id sent: true
getErrors() is the body's errors: true
Cashfin\ValidationException 400 Bad input {"currency":"Currency must be a 3-letter ISO 4217 code"}
Cashfin\ValidationException
Cashfin\Exception: true
message: There are problems with your submission
errors: {
    "email": "Email must be a valid email address",
    "phone": "Phone is required",
    "country": "Country is required",
    "currency": "Currency must be a 3-letter ISO 4217 code",
    "type": "Type must be individual or business",
    "favourite": "Unknown field"
}
status: NULL, code: 0, body: NULL, request id: NULL
empty create: {"name":"Name is required","email":"Email is required","phone":"Phone is required","country":"Country is required","currency":"Currency is required"}
empty update: {"body":"At least one field is required"}
bad update: {"name":"Name is required","phone":"Phone must be a valid phone number","website":"Website must be a valid http or https URL"}
requests sent: 0
server agrees: true
