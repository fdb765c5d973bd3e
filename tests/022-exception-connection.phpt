--TEST--
ConnectionException: nothing listening on the port, and a connection closed without an answer
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';

// A loopback port that was free a moment ago and has no listener now.
$probe = stream_socket_server('tcp://127.0.0.1:0');
$name = stream_socket_get_name($probe, false);
fclose($probe);
$closed = 'http://' . $name;

$client = new Cashfin\Customers('cs_test', ['base_url' => $closed, 'max_retries' => 0]);
$e = cf_catch(fn () => $client->list());
echo get_class($e), "\n";
echo "Cashfin\\Exception: ", var_export($e instanceof Cashfin\Exception, true), ", RuntimeException: ",
    var_export($e instanceof RuntimeException, true), ", TimeoutException: ", var_export($e instanceof Cashfin\TimeoutException, true), "\n";
echo "message: ", var_export($e->getMessage() !== '', true), "\n";
echo "status: ", var_export($e->getHttpStatus(), true), ", code: ", $e->getCode(), ", body: ",
    var_export($e->getResponseBody(), true), ", request id: ", var_export($e->getRequestId(), true), "\n";
$last = $client->lastResponse();
echo "lastResponse: status ", var_export($last['status'], true), ", request_id ", var_export($last['request_id'], true),
    ", attempts ", $last['attempts'], ", headers ", json_encode($last['headers']), "\n";
echo "the secret is not in the message: ", var_export(!str_contains((string) $e, 'cs_test'), true), "\n";

foreach (['create' => fn () => $client->create(cf_person(1)), 'details' => fn () => $client->details('0123456789abcdef01234567'),
    'update' => fn () => $client->update('0123456789abcdef01234567', ['city' => 'Nairobi']),
    'all' => fn () => iterator_to_array($client->all())] as $method => $call) {
    echo "$method: ", get_class(cf_catch($call)), "\n";
}

// The server takes the request, then closes the connection without a final answer.
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
cf_fault($base, ['path' => '/business/customer/list', 'drop' => true]);
$e = cf_catch(fn () => $client->list());
echo "dropped: ", get_class($e), ", status ", var_export($e->getHttpStatus(), true), ", attempts ",
    $client->lastResponse()['attempts'], ", requests ", count(cf_requests($base)), "\n";
echo "next call works: ", $client->list()['pagination']['total'], "\n";
?>
--EXPECT--
Cashfin\ConnectionException
Cashfin\Exception: true, RuntimeException: true, TimeoutException: false
message: true
status: NULL, code: 0, body: NULL, request id: NULL
lastResponse: status NULL, request_id NULL, attempts 1, headers []
the secret is not in the message: true
create: Cashfin\ConnectionException
details: Cashfin\ConnectionException
update: Cashfin\ConnectionException
all: Cashfin\ConnectionException
dropped: Cashfin\ConnectionException, status NULL, attempts 1, requests 1
next call works: 0
