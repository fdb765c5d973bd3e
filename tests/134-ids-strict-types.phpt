--TEST--
Ids: under strict_types a non-string id (or secret, or non-array payload) is a TypeError, before any request
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1);

require __DIR__ . '/local-checks.inc';
require __DIR__ . '/versions.inc';

// BOOL stands for the name the running PHP gives the type of the bool passed: "bool" on 8.2,
// "true" or "false" from 8.3 (cf_bool_type_name); any other wording fails.
function attempt(callable $call, mixed $value): void
{
    ob_start();
    cf_try($call);
    $out = ob_get_clean();
    echo is_bool($value) ? str_replace(' ' . cf_bool_type_name($value) . ' given', ' BOOL given', $out) : $out;
}

[$client, $base] = cf_sandbox_client();
$ids = [123, 0x0123456789, 1.5, null, true, ['0123456789abcdef01234567'],
        new class { public function __toString(): string { return '0123456789abcdef01234567'; } }];
foreach ($ids as $id) {
    attempt(fn () => $client->details($id), $id);
    attempt(fn () => $client->update($id, ['city' => 'Nairobi']), $id);
}
echo "-- the other arguments too --\n";
cf_try(fn () => $client->update(CF_TEST_ID, 'city=Nairobi'));
cf_try(fn () => $client->update(CF_TEST_ID, ['city' => 'Nairobi'], null));
cf_try(fn () => $client->create(null));
cf_try(fn () => $client->create(new ArrayObject(cf_valid_customer())));
cf_try(fn () => $client->create(cf_valid_customer(), 'key'));
cf_try(fn () => $client->list('page=2'));
cf_try(fn () => $client->all(null));
cf_try(fn () => $client->details());
cf_try(fn () => $client->details(CF_TEST_ID, 'extra'));
cf_try(fn () => $client->lastResponse(1));
cf_try(fn () => new Cashfin\Customers(123));
attempt(fn () => new Cashfin\Customers(false), false);
cf_requests_sent($base);
--EXPECT--
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, int given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, int given
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, int given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, int given
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, float given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, float given
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, null given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, null given
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, BOOL given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, BOOL given
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, array given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, array given
TypeError: Cashfin\Customers::details(): Argument #1 ($id) must be of type string, class@anonymous given
TypeError: Cashfin\Customers::update(): Argument #1 ($id) must be of type string, class@anonymous given
-- the other arguments too --
TypeError: Cashfin\Customers::update(): Argument #2 ($changes) must be of type array, string given
TypeError: Cashfin\Customers::update(): Argument #3 ($options) must be of type array, null given
TypeError: Cashfin\Customers::create(): Argument #1 ($customer) must be of type array, null given
TypeError: Cashfin\Customers::create(): Argument #1 ($customer) must be of type array, ArrayObject given
TypeError: Cashfin\Customers::create(): Argument #2 ($options) must be of type array, string given
TypeError: Cashfin\Customers::list(): Argument #1 ($query) must be of type array, string given
TypeError: Cashfin\Customers::all(): Argument #1 ($query) must be of type array, null given
ArgumentCountError: Cashfin\Customers::details() expects exactly 1 argument, 0 given
ArgumentCountError: Cashfin\Customers::details() expects exactly 1 argument, 2 given
ArgumentCountError: Cashfin\Customers::lastResponse() expects exactly 0 arguments, 1 given
TypeError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be of type ?string, int given
TypeError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be of type ?string, BOOL given
requests sent: 0
