--TEST--
exit() in on_response of a retried create: the call frees what it holds (the header list with the secret included), and the client answers again in a shutdown function
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// Registered before the sandbox starts, so that it runs before the sandbox is stopped.
register_shutdown_function(function () use (&$client) {
    $count = count($client->list()['data']);
    echo "shutdown: the client still answers: $count customers\n";
});
$base = cashfin_sandbox_start();
cf_fault($base, ['status' => 503, 'count' => 2, 'headers' => ['Retry-After' => '0']]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 3, 'persistent' => false,
    'on_response' => function (array $e) {
        echo "attempt {$e['attempt']}, will_retry ", var_export($e['will_retry'], true), "\n";
        if ($e['attempt'] === 2) {
            exit(0);
        }
    }]);
$client->create(cf_person(1));
echo "not reached\n";
?>
--EXPECT--
attempt 1, will_retry true
attempt 2, will_retry true
attempt 1, will_retry false
shutdown: the client still answers: 0 customers
