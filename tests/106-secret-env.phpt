--TEST--
Secret: null (or no argument) reads CASHFIN_CLIENT_SECRET at construction; an explicit secret wins
--EXTENSIONS--
cashfin
--ENV--
CASHFIN_CLIENT_SECRET=cs_from_the_environment_42
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

var_dump(getenv('CASHFIN_CLIENT_SECRET'));
// The sandbox accepts exactly the environment's secret: a successful call proves it was sent.
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_from_the_environment_42']);

$fromNull = new Cashfin\Customers(null, ['base_url' => $base, 'max_retries' => 0]);
var_dump($fromNull->list()['pagination']['total']);
$fromNothing = new Cashfin\Customers();
var_dump(str_contains(print_r($fromNothing, true), '[redacted]'));
$named = new Cashfin\Customers(options: ['base_url' => $base, 'max_retries' => 0]);
var_dump($named->list()['pagination']['total']);

echo "-- an explicit secret is used instead of the environment's --\n";
$explicit = new Cashfin\Customers('cs_somebody_else', ['base_url' => $base, 'max_retries' => 0]);
cf_try(fn () => $explicit->list());

echo "-- the environment is read when the client is made, not later --\n";
putenv('CASHFIN_CLIENT_SECRET=cs_changed_later');
cf_try(fn () => $fromNull->list());
$afterChange = new Cashfin\Customers(null, ['base_url' => $base, 'max_retries' => 0]);
cf_try(fn () => $afterChange->list());

$log = cf_requests($base);
echo count($log), " requests\n";
--EXPECT--
string(26) "cs_from_the_environment_42"
int(0)
bool(true)
int(0)
-- an explicit secret is used instead of the environment's --
Cashfin\AuthenticationException: Unauthorized access!
-- the environment is read when the client is made, not later --
ok
Cashfin\AuthenticationException: Unauthorized access!
5 requests
