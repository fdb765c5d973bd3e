--TEST--
Per-call options: idempotency_key is a string of 1 to 255 visible ASCII characters; unknown options are a ValueError
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
$calls = [
    'create' => fn (array $options) => $client->create(cf_valid_customer(), $options),
    'update' => fn (array $options) => $client->update(CF_TEST_ID, ['city' => 'Nairobi'], $options),
];
$cases = [
    ['idempotency_key' => 123],
    ['idempotency_key' => null],
    ['idempotency_key' => ['k']],
    ['idempotency_key' => 1.5],
    ['idempotency_key' => new class { public function __toString(): string { return 'k'; } }],
    ['idempotency_key' => ''],
    ['idempotency_key' => str_repeat('k', 256)],
    ['idempotency_key' => 'has space'],
    ['idempotency_key' => ' leading'],
    ['idempotency_key' => "key\r\nX-Injected: yes"],
    ['idempotency_key' => "key\n"],
    ['idempotency_key' => "key\t1"],
    ['idempotency_key' => "key\0"],
    ['idempotency_key' => "key\x7F"],
    ['idempotency_key' => 'clé'],
    ['idempotencyKey' => 'k1'],
    ['Idempotency-Key' => 'k1'],
    ['timeout' => 5],
    ['concurrency' => 4],
    [0 => 'k1'],
    ['k1'],
];
foreach ($calls as $name => $call) {
    echo "-- $name --\n";
    foreach ($cases as $options) {
        cf_try(fn () => $call($options));
    }
}
echo "-- options are checked before the payload --\n";
cf_try(fn () => $client->create([], ['idempotency_key' => '']));
cf_try(fn () => $client->update('bad id', [], ['bogus' => 1]));
cf_requests_sent($base);

echo "-- valid keys are sent as given --\n";
$longest = str_repeat('k', 254) . 'Z';
$visible = implode('', array_map('chr', range(0x21, 0x7E)));
$client->create(cf_valid_customer(1), ['idempotency_key' => $longest]);
$created = $client->create(cf_valid_customer(2), ['idempotency_key' => $visible]);
$client->create(cf_valid_customer(3), ['idempotency_key' => 'x']);
$client->update($created['_id'], ['city' => 'Nairobi'], ['idempotency_key' => 'update-1']);
$client->update($created['_id'], ['city' => 'Mombasa'], []);
$sent = array_map(fn ($r) => $r['headers']['idempotency-key'] ?? null, cf_requests($base));
var_dump($sent[0] === $longest, $sent[1] === $visible, $sent[2], $sent[3], $sent[4]);
--EXPECT--
-- create --
TypeError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be of type string, int given
TypeError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be of type string, null given
TypeError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be of type string, array given
TypeError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be of type string, float given
TypeError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be of type string, class@anonymous given
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be 1 to 255 characters long
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be 1 to 255 characters long
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "idempotencyKey"
ValueError: Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "Idempotency-Key"
ValueError: Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "timeout"
ValueError: Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "concurrency"
ValueError: Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "(integer key)"
ValueError: Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "(integer key)"
-- update --
TypeError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be of type string, int given
TypeError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be of type string, null given
TypeError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be of type string, array given
TypeError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be of type string, float given
TypeError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be of type string, class@anonymous given
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be 1 to 255 characters long
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be 1 to 255 characters long
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) option "idempotency_key" must be visible ASCII characters
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "idempotencyKey"
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "Idempotency-Key"
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "timeout"
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "concurrency"
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "(integer key)"
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "(integer key)"
-- options are checked before the payload --
ValueError: Cashfin\Customers::create(): Argument #2 ($options) option "idempotency_key" must be 1 to 255 characters long
ValueError: Cashfin\Customers::update(): Argument #3 ($options) contains an unknown option "bogus"
requests sent: 0
-- valid keys are sent as given --
bool(true)
bool(true)
string(1) "x"
string(8) "update-1"
NULL
