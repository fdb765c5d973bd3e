--TEST--
InvalidIdException: "Invalid customer ID format" from the server, and malformed ids caught locally with no request
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

// From the server (an id the client accepts, which this server calls malformed).
cf_fault($base, ['path' => '/business/customer/details/', 'status' => 400,
    'body' => '{"success":false,"error":"Invalid customer ID format"}']);
$e = cf_catch(fn () => $client->details('507f1f77bcf86cd799439011'));
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
echo "is a ValidationException: ", var_export($e instanceof Cashfin\ValidationException, true), "\n";

// Locally: nothing is sent.
cf_clear_requests($base);
$bad = [
    '', '507f1f77bcf86cd79943901', '507f1f77bcf86cd7994390111', '507f1f77bcf86cd79943901g',
    ' 507f1f77bcf86cd79943901', "507f1f77bcf86cd79943901\n", "507f1f77bcf86cd79943901\0",
    '507f1f77-bcf8-6cd7-9943', '../../customer/list?x=1', '507f1f77bcf86cd7994390%2', '507f1f77bcf86cd7994390é',
];
foreach ($bad as $id) {
    foreach (['details' => fn () => $client->details($id), 'update' => fn () => $client->update($id, ['city' => 'Nairobi'])] as $method => $call) {
        $e = cf_catch($call);
        printf("%-7s %-32s %s %s status=%s code=%d body=%s request=%s\n", $method, json_encode($id), get_class($e),
            $e->getMessage(), var_export($e->getHttpStatus(), true), $e->getCode(),
            var_export($e->getResponseBody(), true), var_export($e->getRequestId(), true));
    }
}
echo "requests sent: ", count(cf_requests($base)), "\n";
echo "lastResponse still the server's: ", $client->lastResponse()['status'], "\n";
?>
--EXPECT--
Cashfin\InvalidIdException
Cashfin\Exception: true
RuntimeException: true
message: Invalid customer ID format
status: 400
code equals status: true
errors: []
body: '{"success":false,"error":"Invalid customer ID format"}'
request id sent: true
is a ValidationException: true
details ""                               Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  ""                               Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd79943901"        Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd79943901"        Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd7994390111"      Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd7994390111"      Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd79943901g"       Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd79943901g"       Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details " 507f1f77bcf86cd79943901"       Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  " 507f1f77bcf86cd79943901"       Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd79943901\n"      Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd79943901\n"      Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd79943901\u0000"  Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd79943901\u0000"  Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77-bcf8-6cd7-9943"        Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77-bcf8-6cd7-9943"        Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "..\/..\/customer\/list?x=1"     Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "..\/..\/customer\/list?x=1"     Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd7994390%2"       Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd7994390%2"       Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
details "507f1f77bcf86cd7994390\u00e9"   Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
update  "507f1f77bcf86cd7994390\u00e9"   Cashfin\InvalidIdException Invalid customer ID format status=NULL code=0 body=NULL request=NULL
requests sent: 0
lastResponse still the server's: 400
