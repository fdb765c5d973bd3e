--TEST--
Bulk: entries of the wrong type (TypeError) and bad options (ValueError/TypeError) stop the call before any request; empty input is [] with no request
--EXTENSIONS--
cashfin
--FILE--
<?php
declare(strict_types=1); // numeric strings are TypeErrors for a strict caller (tests/143 for the others)
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
$progress = 0;
$counting = ['on_progress' => function () use (&$progress) { $progress++; }];
$id = '507f1f77bcf86cd799439011';

function attempt(string $label, callable $call): void
{
    try {
        $result = $call();
        echo "$label: returned ", json_encode($result), "\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "-- entries\n";
attempt('create, a string after a valid entry', fn () => $client->createMany(['a' => cf_person(1), 'b' => 'x'], $counting));
attempt('create, null', fn () => $client->createMany([cf_person(1), null], $counting));
attempt('create, object', fn () => $client->createMany([5 => new ArrayObject(cf_person(1))], $counting));
attempt('create, list of ids', fn () => $client->createMany([$id], $counting));
attempt('update, int changes', fn () => $client->updateMany([$id => 5], $counting));
attempt('update, string changes', fn () => $client->updateMany([$id => 'city=Nairobi'], $counting));
attempt('details, int', fn () => $client->detailsMany([$id, 5], $counting));
attempt('details, null', fn () => $client->detailsMany(['x' => null], $counting));
attempt('details, Stringable', fn () => $client->detailsMany(['s' => new class { public function __toString(): string { return '507f1f77bcf86cd799439011'; } }], $counting));
attempt('details, array', fn () => $client->detailsMany([[$id]], $counting));
attempt('details, float', fn () => $client->detailsMany([-2 => 1.5], $counting));
attempt('create, not an array', fn () => $client->createMany('x'));

echo "-- options\n";
$bad = [
    ['concurrency' => 0], ['concurrency' => 65], ['concurrency' => -1], ['concurrency' => '8'], ['concurrency' => 8.0],
    ['concurrency' => null], ['requests_per_second' => 0], ['requests_per_second' => -1], ['requests_per_second' => 0.0],
    ['requests_per_second' => '5'], ['requests_per_second' => NAN], ['requests_per_second' => INF], ['requests_per_second' => 1000.5],
    ['on_progress' => 'no_such_function'], ['on_progress' => 42], ['on_progress' => [new stdClass(), 'nope']],
    ['foo' => 1], [0 => 8], ['idempotency' => 'k'], ['Concurrency' => 8],
];
foreach ($bad as $options) {
    $shown = json_encode($options, JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION);
    attempt("create $shown", fn () => $client->createMany([cf_person(1)], $options));
}
// Every method checks its options, on an empty input too, and before the entries.
attempt('update concurrency 0', fn () => $client->updateMany([$id => ['city' => 'x']], ['concurrency' => 0]));
attempt('details concurrency 0', fn () => $client->detailsMany([$id], ['concurrency' => 0]));
attempt('details [] concurrency 65', fn () => $client->detailsMany([], ['concurrency' => 65]));
attempt('constructor requests_per_second 0', fn () => new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => 0]));
attempt('constructor requests_per_second -1', fn () => new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => -1]));
attempt('constructor requests_per_second "5"', fn () => new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => '5']));
attempt('constructor concurrency', fn () => new Cashfin\Customers('cs_test', ['base_url' => $base, 'concurrency' => 4]));
attempt('constructor on_progress', fn () => new Cashfin\Customers('cs_test', ['base_url' => $base, 'on_progress' => 'strlen']));

echo "-- accepted, on empty input\n";
foreach ([['concurrency' => 1], ['concurrency' => 64], ['requests_per_second' => 0.5], ['requests_per_second' => 1000],
    ['requests_per_second' => 5], ['on_progress' => 'max'], $counting] as $options) {
    attempt('details [] ' . json_encode(array_map(fn ($v) => is_object($v) ? 'closure' : $v, $options)), fn () => $client->detailsMany([], $options));
}
attempt('create []', fn () => $client->createMany([]));
attempt('update []', fn () => $client->updateMany([], $counting));
$fast = new Cashfin\Customers('cs_test', ['base_url' => $base, 'requests_per_second' => 2.5]);
attempt('constructor requests_per_second 2.5, create []', fn () => $fast->createMany([], ['requests_per_second' => 7]));

echo "requests sent: ", count(cf_requests($base)), "\n";
echo "on_progress calls: $progress\n";
echo "lastResponse: ", var_export($client->lastResponse(), true), "\n";
?>
--EXPECT--
-- entries
create, a string after a valid entry: TypeError: Cashfin\Customers::createMany(): Argument #1 ($customers) must contain only arrays, string given for key "b"
create, null: TypeError: Cashfin\Customers::createMany(): Argument #1 ($customers) must contain only arrays, null given for key "1"
create, object: TypeError: Cashfin\Customers::createMany(): Argument #1 ($customers) must contain only arrays, ArrayObject given for key "5"
create, list of ids: TypeError: Cashfin\Customers::createMany(): Argument #1 ($customers) must contain only arrays, string given for key "0"
update, int changes: TypeError: Cashfin\Customers::updateMany(): Argument #1 ($changesById) must contain only arrays, int given for key "507f1f77bcf86cd799439011"
update, string changes: TypeError: Cashfin\Customers::updateMany(): Argument #1 ($changesById) must contain only arrays, string given for key "507f1f77bcf86cd799439011"
details, int: TypeError: Cashfin\Customers::detailsMany(): Argument #1 ($ids) must contain only id strings, int given for key "1"
details, null: TypeError: Cashfin\Customers::detailsMany(): Argument #1 ($ids) must contain only id strings, null given for key "x"
details, Stringable: TypeError: Cashfin\Customers::detailsMany(): Argument #1 ($ids) must contain only id strings, class@anonymous given for key "s"
details, array: TypeError: Cashfin\Customers::detailsMany(): Argument #1 ($ids) must contain only id strings, array given for key "0"
details, float: TypeError: Cashfin\Customers::detailsMany(): Argument #1 ($ids) must contain only id strings, float given for key "-2"
create, not an array: TypeError: Cashfin\Customers::createMany(): Argument #1 ($customers) must be of type array, string given
-- options
create {"concurrency":0}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be between 1 and 64
create {"concurrency":65}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be between 1 and 64
create {"concurrency":-1}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be between 1 and 64
create {"concurrency":"8"}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be of type int, string given
create {"concurrency":8.0}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be of type int, float given
create {"concurrency":null}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be of type int, null given
create {"requests_per_second":0}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
create {"requests_per_second":-1}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
create {"requests_per_second":0.0}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
create {"requests_per_second":"5"}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be of type float, string given
create {"requests_per_second":0}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
create {"requests_per_second":0}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
create {"requests_per_second":1000.5}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
create {"on_progress":"no_such_function"}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "on_progress" must be a valid callback, string given
create {"on_progress":42}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "on_progress" must be a valid callback, int given
create {"on_progress":[{},"nope"]}: TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "on_progress" must be a valid callback, array given
create {"foo":1}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) contains an unknown option "foo"
create [8]: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) contains an unknown option "(integer key)"
create {"idempotency":"k"}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) contains an unknown option "idempotency"
create {"Concurrency":8}: ValueError: Cashfin\Customers::createMany(): Argument #2 ($options) contains an unknown option "Concurrency"
update concurrency 0: ValueError: Cashfin\Customers::updateMany(): Argument #2 ($options) option "concurrency" must be between 1 and 64
details concurrency 0: ValueError: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "concurrency" must be between 1 and 64
details [] concurrency 65: ValueError: Cashfin\Customers::detailsMany(): Argument #2 ($options) option "concurrency" must be between 1 and 64
constructor requests_per_second 0: ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
constructor requests_per_second -1: ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be at least 0.01 and at most 1000
constructor requests_per_second "5": ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "requests_per_second" must be a number or "auto"
constructor concurrency: ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "concurrency"
constructor on_progress: ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "on_progress"
-- accepted, on empty input
details [] {"concurrency":1}: returned []
details [] {"concurrency":64}: returned []
details [] {"requests_per_second":0.5}: returned []
details [] {"requests_per_second":1000}: returned []
details [] {"requests_per_second":5}: returned []
details [] {"on_progress":"max"}: returned []
details [] {"on_progress":"closure"}: returned []
create []: returned []
update []: returned []
constructor requests_per_second 2.5, create []: returned []
requests sent: 0
on_progress calls: 0
lastResponse: NULL
