--TEST--
AuthenticationException: the sandbox refuses a wrong secret with 401 "Unauthorized access!"
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_the_right_one']);

$wrong = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$e = cf_catch(fn () => $wrong->list());
$requests = cf_requests($base);
cf_show_answer_exception($e, end($requests));
echo "lastResponse status: ", $wrong->lastResponse()['status'], ", attempts: ", $wrong->lastResponse()['attempts'], "\n";
echo "secret not in message: ", var_export(!str_contains((string) $e, 'cs_test'), true), "\n";

// Every method meets the same answer.
foreach ([
    'create' => fn () => $wrong->create(cf_person(1)),
    'details' => fn () => $wrong->details('0123456789abcdef01234567'),
    'update' => fn () => $wrong->update('0123456789abcdef01234567', ['city' => 'Nairobi']),
    'all' => fn () => iterator_to_array($wrong->all()),
] as $method => $call) {
    $e = cf_catch($call);
    echo "$method: ", get_class($e), ' ', $e->getHttpStatus(), ' ', $e->getMessage(), "\n";
}

$right = new Cashfin\Customers('cs_the_right_one', ['base_url' => $base]);
echo "right secret: total ", $right->list()['pagination']['total'], "\n";
?>
--EXPECT--
Cashfin\AuthenticationException
Cashfin\Exception: true
RuntimeException: true
message: Unauthorized access!
status: 401
code equals status: true
errors: []
body: '{"success": false, "message": "Unauthorized access!"}'
request id sent: true
lastResponse status: 401, attempts: 1
secret not in message: true
create: Cashfin\AuthenticationException 401 Unauthorized access!
details: Cashfin\AuthenticationException 401 Unauthorized access!
update: Cashfin\AuthenticationException 401 Unauthorized access!
all: Cashfin\AuthenticationException 401 Unauthorized access!
right secret: total 0
