--TEST--
Callback return values are released inside the call's guard: a destructor that fails fatally (on_progress's return value during a batch with transfers under way) frees what the call holds, and the client is usable in shutdown
--DESCRIPTION--
What a callback returns is user code too when it is released: an object's destructor. Under valgrind
(USE_ZEND_ALLOC=0) USE_TRACKED_ALLOC=1 leaves only what outlives the request to report (see 307).
--ENV--
USE_TRACKED_ALLOC=1
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
register_shutdown_function(function () use (&$client) {
    echo "shutdown: ", count($client->list(['limit' => 1])['data']), " customer listed\n";
});
$base = cashfin_sandbox_start();
cf_fault($base, ['path' => '/business/customer/create', 'delay_ms' => 50, 'count' => 8]);

final class FailsWhenReleased
{
    public function __destruct()
    {
        eval('function cf_declared_twice() {} function cf_declared_twice() {}');
    }
}

$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$client->createMany(array_map('cf_person', range(1, 8)), ['concurrency' => 4,
    'on_progress' => fn (int $done) => $done === 2 ? new FailsWhenReleased() : null]);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Cannot redeclare %s in %s on line %d
shutdown: 1 customer listed
