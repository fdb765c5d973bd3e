--TEST--
logger: a Psr\Log\LoggerInterface once that interface is loaded, before that any object with a public log(); a logger that throws stops the call like on_response (its exception propagates, with the call's own as previous when it threw on the error record); one that starts a call on the same client gets the \Error; it runs before on_response; a logger holding the client is collected
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
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();

function construct(mixed $logger): ?Cashfin\Customers
{
    try {
        $client = new Cashfin\Customers('cs_test', ['base_url' => $GLOBALS['base'], 'logger' => $logger, 'max_retries' => 2]);
        echo "accepted\n";
        return $client;
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        return null;
    }
}

final class DuckLogger
{
    public array $levels = [];
    public function log($level, $message, array $context = []): void { $this->levels[] = $level; }
}

echo "-- Psr\\Log not loaded: any object with a public log() --\n";
$duck = new DuckLogger();
construct($duck)->create(cf_person(1));
echo "  it was told: ", implode(',', $duck->levels), "\n";
construct(new stdClass());
construct(new class { private function log($l, $m, $c) {} });
construct(fn ($level, $message, $context) => null);
construct('error_log');
construct(null);

echo "-- Psr\\Log loaded: a LoggerInterface --\n";
require __DIR__ . '/logger.inc';
construct(new DuckLogger());
construct(new CfMemoryLogger());
construct(new Psr\Log\NullLogger());

echo "-- a logger that throws on an attempt stops the call: no retry --\n";
cf_clear_requests($base);
cf_fault($base, ['path' => '/business/customer/list', 'status' => 503, 'headers' => ['Retry-After' => '0']]);
$logger = new CfMemoryLogger();
$logger->then = function ($level) { throw new RuntimeException("logger refused a $level record"); };
$client = construct($logger);
try {
    $client->list();
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "; requests sent: ", count(cf_requests($base)), "\n";
}

echo "-- a logger that throws on the error record: its exception, with the call's as previous --\n";
$logger->then = function ($level) { if ($level === 'error') { throw new LogicException('log store down'); } };
try {
    $client->create(cf_person(1));
} catch (Throwable $e) {
    $previous = $e->getPrevious();
    echo get_class($e), ': ', $e->getMessage(), '; previous: ', get_class($previous), ' with key ',
        var_export($previous->getIdempotencyKey() === $client->lastResponse()['idempotency_key'], true), "\n";
}

echo "-- bulk: a logger that throws stops the batch, and nothing is returned --\n";
cf_clear_requests($base);
$logger->then = function ($level, $message, $context) { throw new RuntimeException('bulk logger refused'); };
try {
    $client->createMany([cf_person(10), cf_person(11), cf_person(12)], ['concurrency' => 1]);
    echo "returned\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "; requests sent: ", count(cf_requests($base)), "\n";
}

echo "-- a logger may not start a call on the client it logs for, but may read lastResponse() --\n";
$order = [];
$logger->then = function ($level) use (&$client, &$order) {
    $order[] = "logger:$level";
    try {
        $client->details('507f1f77bcf86cd799439011');
    } catch (Error $e) {
        $order[] = get_class($e) . ': ' . $e->getMessage();
    }
    $client->lastResponse();
};
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'logger' => $logger,
    'on_response' => function () use (&$order) { $order[] = 'on_response'; }]);
$client->list();
echo implode("\n", $order), "\n";

echo "-- a logger that holds its client does not keep it alive --\n";
$keeper = new CfMemoryLogger();
$held = new Cashfin\Customers('cs_test', ['base_url' => $base, 'logger' => $keeper]);
$keeper->then = function () use ($held) {};
$ref = WeakReference::create($held);
unset($held, $keeper);
gc_collect_cycles();
var_dump($ref->get());
?>
--EXPECT--
-- Psr\Log not loaded: any object with a public log() --
accepted
  it was told: debug
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "logger" must be a PSR-3 logger (an object with a log() method), stdClass given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "logger" must be a PSR-3 logger (an object with a log() method), class@anonymous given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "logger" must be a PSR-3 logger (an object with a log() method), Closure given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "logger" must be a PSR-3 logger (an object with a log() method), string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "logger" must be a PSR-3 logger (an object with a log() method), null given
-- Psr\Log loaded: a LoggerInterface --
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "logger" must be of type Psr\Log\LoggerInterface, DuckLogger given
accepted
accepted
-- a logger that throws on an attempt stops the call: no retry --
accepted
RuntimeException: logger refused a debug record; requests sent: 1
-- a logger that throws on the error record: its exception, with the call's as previous --
LogicException: log store down; previous: Cashfin\DuplicateException with key true
-- bulk: a logger that throws stops the batch, and nothing is returned --
RuntimeException: bulk logger refused; requests sent: 1
-- a logger may not start a call on the client it logs for, but may read lastResponse() --
logger:debug
Error: Cashfin\Customers cannot start a call from its own callback
on_response
-- a logger that holds its client does not keep it alive --
NULL
