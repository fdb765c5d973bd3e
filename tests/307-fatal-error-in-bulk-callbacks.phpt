--TEST--
Fatal error in on_response during a bulk create with transfers under way: the batch closes its multi handle and connections, frees the bodies and wipes the header lists, then the fatal error goes on
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
    $others = array_map('cf_person', range(101, 108));
    echo "shutdown: ", count(array_filter($client->createMany($others, ['concurrency' => 4]), 'is_array')), " created\n";
});
$base = cashfin_sandbox_start();
// Slow answers keep the other transfers in flight when the third one settles.
cf_fault($base, ['path' => '/business/customer/create', 'delay_ms' => 50, 'count' => 8]);
$seen = 0;
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'on_response' => function () use (&$seen) {
    if (++$seen === 3) {
        eval('function cf_declared_twice() {} function cf_declared_twice() {}');
    }
}]);
$people = [];
for ($n = 1; $n <= 8; $n++) {
    $people["crm-$n"] = cf_person($n);
}
$client->createMany($people, ['concurrency' => 4]);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Cannot redeclare %s in %s on line %d
shutdown: 8 created
