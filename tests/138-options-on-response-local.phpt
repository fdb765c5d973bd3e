--TEST--
Options: on_response is never called for errors found locally, and a callback holding its own client is collected
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$base = cashfin_sandbox_start();
$events = [];
$client = new Cashfin\Customers('cs_x', [
    'base_url' => $base,
    'max_retries' => 0,
    'on_response' => function (array $event) use (&$events) { $events[] = $event['method'] . ' ' . $event['path']; },
]);

echo "-- local errors: no request, no callback --\n";
cf_try(fn () => $client->create([]));
cf_try(fn () => $client->create(cf_valid_customer(), ['idempotency_key' => '']));
cf_try(fn () => $client->details('nope'));
cf_try(fn () => $client->update(CF_TEST_ID, []));
cf_try(fn () => $client->list(['page' => 0]));
cf_try(fn () => $client->all(['limit' => 0]));
var_dump($events);
cf_requests_sent($base);

echo "-- one request, one call --\n";
$client->list();
var_dump($events);
cf_requests_sent($base);

echo "-- a callback holding its own client is collected --\n";
$cyclic = new Cashfin\Customers('cs_x', ['base_url' => $base, 'on_response' => function () use (&$cyclic) {}]);
$weak = WeakReference::create($cyclic);
unset($cyclic);
gc_collect_cycles();
var_dump($weak->get());
$bound = new class ($base) {
    public Cashfin\Customers $client;
    public function __construct(string $base)
    {
        $this->client = new Cashfin\Customers('cs_x', ['base_url' => $base, 'on_response' => [$this, 'observe']]);
    }
    public function observe(array $event): void {}
};
$weak = WeakReference::create($bound->client);
unset($bound);
gc_collect_cycles();
var_dump($weak->get());
--EXPECT--
-- local errors: no request, no callback --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name is required
  'email' => Email is required
  'phone' => Phone is required
  'country' => Country is required
  'currency' => Currency is required
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be 1 to 255 characters long
Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
Cashfin\ValidationException: There are problems with your submission
  'body' => At least one field is required
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::all(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
array(0) {
}
requests sent: 0
-- one request, one call --
array(1) {
  [0]=>
  string(27) "GET /business/customer/list"
}
requests sent: 1
-- a callback holding its own client is collected --
NULL
NULL
