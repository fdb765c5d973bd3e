--TEST--
Callback return values are released inside the call's guard: a destructor that throws or exit()s stops a retried call before its next attempt, as the same code in the callback's body would; one of the idempotency_key callable's return value stops the batch before anything is sent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
// Registered before the sandbox starts, so that it runs before the sandbox is stopped.
register_shutdown_function(function () use (&$base) {
    echo "shutdown: the sandbox received ", count(cf_requests($base)), " request(s) in all\n";
});
$base = cashfin_sandbox_start();

final class ThrowsWhenReleased
{
    public function __destruct()
    {
        throw new RuntimeException('thrown by a destructor');
    }
}

final class ExitsWhenReleased
{
    public function __destruct()
    {
        echo "destructor: exit()\n";
        exit(0);
    }
}

function client(string $base, string $class): Cashfin\Customers
{
    return new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retry_delay' => 0.1,
        'on_response' => fn (array $event) => new $class()]);
}

cf_fault($base, ['path' => '/business/customer/create', 'status' => 503, 'count' => 10]);
try {
    client($base, ThrowsWhenReleased::class)->create(cf_person(1));
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "requests after the throwing destructor: ", count(cf_requests($base)), "\n";

try {
    (new Cashfin\Customers('cs_test', ['base_url' => $base]))->createMany(array_map('cf_person', range(2, 4)),
        ['idempotency_key' => fn ($key) => $key === 0 ? new ThrowsWhenReleased() : "sync-$key"]);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo '  previous: ', get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
}
echo "requests after the key callable's: ", count(cf_requests($base)), "\n";

client($base, ExitsWhenReleased::class)->create(cf_person(5));
echo "not reached\n";
?>
--EXPECTF--
RuntimeException: thrown by a destructor
requests after the throwing destructor: 1
RuntimeException: thrown by a destructor
  previous: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "idempotency_key" must return a string, ThrowsWhenReleased returned for entry "0"
requests after the key callable's: 1
destructor: exit()
shutdown: the sandbox received 2 request(s) in all
