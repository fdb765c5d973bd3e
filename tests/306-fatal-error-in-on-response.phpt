--TEST--
Fatal error in on_response during a retry (E_USER_ERROR): the call frees and wipes what it holds (the header list with the secret, the body), the fatal error goes on, and the client stays usable in shutdown functions
--DESCRIPTION--
A fatal error abandons the PHP frames it cuts short, with the request memory they hold (the arguments,
$this); the engine never frees those, and PHP's allocator drops them with the request. Under valgrind
(USE_ZEND_ALLOC=0) USE_TRACKED_ALLOC=1 does the same, so that what valgrind reports is what outlives the
request: libcurl handles, header lists (the secret), bodies, which the extension must free itself.
--ENV--
USE_TRACKED_ALLOC=1
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// Registered before the sandbox starts, so that it runs before the sandbox is stopped.
register_shutdown_function(function () use (&$client) {
    // The call ended by the fatal error left its guard as it found it.
    $count = count($client->list()['data']);
    echo "shutdown: list answered $count customers\n";
});
$base = cashfin_sandbox_start();

$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'persistent' => false, 'max_retries' => 3,
    'on_response' => function (array $event) {
        echo "attempt {$event['attempt']}: {$event['status']}, will_retry ", var_export($event['will_retry'], true), "\n";
        if ($event['attempt'] === 2) {
            trigger_error('stopped in on_response', E_USER_ERROR);
        }
    }]);
cf_fault($base, ['status' => 503, 'count' => 2, 'headers' => ['Retry-After' => '0']]);
// create() holds an Idempotency-Key header list of its own, with the secret in it.
$client->create(cf_person(1));
echo "not reached\n";
?>
--EXPECTF--
attempt 1: 503, will_retry true
attempt 2: 503, will_retry true
%A
Fatal error: stopped in on_response in %s on line %d
attempt 1: 200, will_retry false
shutdown: list answered 0 customers
