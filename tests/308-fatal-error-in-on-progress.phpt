--TEST--
Fatal error in on_progress during a bulk create with transfers under way (E_USER_ERROR): what the batch holds is freed and wiped, the fatal error goes on
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
$base = cashfin_sandbox_start();
cf_fault($base, ['path' => '/business/customer/create', 'delay_ms' => 50, 'count' => 8]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'persistent' => false]);
$people = [];
for ($n = 1; $n <= 8; $n++) {
    $people["crm-$n"] = cf_person($n);
}
$people['bad'] = ['name' => 'no email'];
$client->createMany($people, ['concurrency' => 4, 'on_progress' => function (int $done, int $total) {
    echo "progress $done/$total\n";
    if ($done === 3) {
        trigger_error('stopped in on_progress', E_USER_ERROR);
    }
}]);
echo "not reached\n";
?>
--EXPECTF--
progress 1/9
progress 2/9
progress 3/9
%A
Fatal error: stopped in on_progress in %s on line %d
