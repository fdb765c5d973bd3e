--TEST--
exit() in on_progress with transfers under way: everything the bulk call held is freed, and the client answers again in a shutdown function
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// Registered before the sandbox starts, so that it runs before the sandbox is stopped.
register_shutdown_function(function () use (&$client) {
    echo "shutdown: the client still answers: ", count($client->list()['data']) > 0 ? 'yes' : 'no', "\n";
});
$base = cashfin_sandbox_start();
cf_fault($base, ['path' => '/business/customer/create', 'delay_ms' => 50, 'count' => 8]);
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$people = array_map('cf_person', range(1, 8));
$client->createMany($people, ['concurrency' => 4, 'on_progress' => function (int $done) {
    echo "progress $done\n";
    if ($done === 2) {
        exit(0);
    }
}]);
echo "not reached\n";
?>
--EXPECT--
progress 1
progress 2
shutdown: the client still answers: yes
