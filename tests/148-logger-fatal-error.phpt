--TEST--
logger: a fatal error in the logger during a bulk create (keys from a prefix) with transfers under way: the call frees and wipes what it holds, the fatal error goes on, and the client answers again in a shutdown function; before it, a key callable that throws sends nothing
--DESCRIPTION--
As in tests/307: USE_TRACKED_ALLOC=1 frees the request memory the fatal error abandons with the frames it
cuts short, so that under valgrind what is reported is what the extension itself must free (libcurl
handles, header lists holding the secret, bodies).
--SKIPIF--
<?php
require __DIR__ . '/api.inc';
if (($why = cf_psr_log_missing()) !== null) {
    die("skip $why");
}
?>
--ENV--
USE_TRACKED_ALLOC=1
--EXTENSIONS--
cashfin
--FILE--
<?php
// PHP 8.4 deprecates E_USER_ERROR; the fatal error it still raises is what this test needs.
error_reporting(E_ALL & ~E_DEPRECATED);
require __DIR__ . '/logger.inc';
// Registered before the sandbox starts, so that it runs before the sandbox is stopped.
register_shutdown_function(function () use (&$client, &$logger) {
    $logger->then = null;
    $others = array_map('cf_person', range(101, 104));
    echo "shutdown: ", count(array_filter($client->createMany($others, ['concurrency' => 4]), 'is_array')), " created\n";
});
$base = cashfin_sandbox_start();
cf_fault($base, ['path' => '/business/customer/create', 'delay_ms' => 50, 'count' => 8]);
$logger = new CfMemoryLogger();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'logger' => $logger]);

// First the key callable: it runs before any request, with every body already encoded.
try {
    $client->createMany([cf_person(1), cf_person(2)], ['idempotency_key' => function ($key) {
        throw new RuntimeException("no key for entry $key");
    }]);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "; requests sent: ", count(cf_requests($base)), "\n";
}

$seen = 0;
$logger->then = function () use (&$seen) {
    if (++$seen === 3) {
        trigger_error('the log store is gone', E_USER_ERROR);
    }
};
$people = [];
for ($n = 1; $n <= 8; $n++) {
    $people["crm-$n"] = cf_person($n);
}
$client->createMany($people, ['concurrency' => 4, 'idempotency_key' => 'sync-']);
echo "not reached\n";
?>
--EXPECTF--
no key for entry 0; requests sent: 0

Fatal error: the log store is gone in %s on line %d
shutdown: 4 created
