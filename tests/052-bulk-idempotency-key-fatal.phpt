--TEST--
Bulk: a fatal error in the idempotency_key callable, with every entry read and encoded and nothing sent: the call frees what it holds (bodies, the keys made so far), the fatal error goes on, and the client answers again in a shutdown function
--DESCRIPTION--
As in tests/307: USE_TRACKED_ALLOC=1 frees the request memory the fatal error abandons with the frames it
cuts short, so that under valgrind what is reported is what the extension itself must free.
--ENV--
USE_TRACKED_ALLOC=1
--EXTENSIONS--
cashfin
--FILE--
<?php
// PHP 8.4 deprecates E_USER_ERROR; the fatal error it still raises is what this test needs.
error_reporting(E_ALL & ~E_DEPRECATED);
require __DIR__ . '/api.inc';
register_shutdown_function(function () use (&$client, &$base) {
    echo "shutdown: requests sent: ", count(cf_requests($base)), "\n";
    echo "shutdown: ", count(array_filter($client->createMany([cf_person(9)], ['idempotency_key' => 'after-']), 'is_array')), " created\n";
});
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$people = [];
for ($n = 1; $n <= 6; $n++) {
    $people["crm-$n"] = cf_person($n);
}
$client->createMany($people, ['idempotency_key' => function (string $key) {
    if ($key === 'crm-4') {
        trigger_error("no key for $key", E_USER_ERROR);
    }
    return "sync-$key";
}]);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: no key for crm-4 in %s on line %d
shutdown: requests sent: 0
shutdown: 1 created
