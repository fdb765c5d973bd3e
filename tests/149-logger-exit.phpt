--TEST--
logger: exit() in the logger on the warning of a retried create: the call frees what it holds (the header list with the secret included) and makes no further attempt, and the client answers again in a shutdown function
--SKIPIF--
<?php
require __DIR__ . '/api.inc';
if (($why = cf_psr_log_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/logger.inc';
register_shutdown_function(function () use (&$client, &$logger, &$base) {
    $logger->then = null;
    echo "shutdown: requests sent by the create: ", count(cf_requests($base)), "\n";
    echo "shutdown: the client still answers: ", count($client->list()['data']), " customers\n";
});
$base = cashfin_sandbox_start();
cf_fault($base, ['status' => 503, 'count' => 2, 'headers' => ['Retry-After' => '0']]);
$logger = new CfMemoryLogger();
$logger->then = function (string $level, string $message, array $context) {
    echo "$level, attempt {$context['attempt']}\n";
    if ($level === 'warning' && $context['attempt'] === 2) {
        exit(0);
    }
};
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 3, 'persistent' => false,
    'logger' => $logger]);
$client->create(cf_person(1));
echo "not reached\n";
?>
--EXPECT--
debug, attempt 1
warning, attempt 1
debug, attempt 2
warning, attempt 2
shutdown: requests sent by the create: 2
shutdown: the client still answers: 0 customers
