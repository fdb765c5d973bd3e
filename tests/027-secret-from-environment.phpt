--TEST--
A null client secret reads CASHFIN_CLIENT_SECRET, and that is the secret sent
--EXTENSIONS--
cashfin
--ENV--
CASHFIN_CLIENT_SECRET=cs_from_env
--FILE--
<?php
require __DIR__ . '/api.inc';

// A sandbox that accepts only the secret from the environment.
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_from_env']);
$client = new Cashfin\Customers(null, ['base_url' => $base]);
$created = $client->create(cf_person(1));
echo "null secret, env secret accepted: total ", $client->list()['pagination']['total'], "\n";

// No arguments at all: the secret from the environment, the base URL from INI.
ini_set('cashfin.base_url', $base);
$bare = new Cashfin\Customers();
echo "no arguments: ", var_export($bare->details($created['_id'])['_id'] === $created['_id'], true), "\n";
ini_restore('cashfin.base_url');

// An explicit secret wins over the environment.
$explicit = new Cashfin\Customers('cs_explicit', ['base_url' => $base]);
$e = cf_catch(fn () => $explicit->list());
echo "explicit other secret: ", get_class($e), ' ', $e->getMessage(), "\n";

// A sandbox that wants another secret refuses the one from the environment.
$other = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_something_else']);
$client = new Cashfin\Customers(null, ['base_url' => $other]);
$e = cf_catch(fn () => $client->list());
echo "env secret refused elsewhere: ", get_class($e), ' ', $e->getHttpStatus(), ' ', $e->getMessage(), "\n";
echo "secret not in the exception: ", var_export(!str_contains((string) $e, 'cs_from_env'), true), "\n";
echo "secret not in var_dump: ", (function () use ($client) {
    ob_start();
    var_dump($client);
    return var_export(!str_contains(ob_get_clean(), 'cs_from_env'), true);
})(), "\n";
?>
--EXPECT--
null secret, env secret accepted: total 1
no arguments: true
explicit other secret: Cashfin\AuthenticationException Unauthorized access!
env secret refused elsewhere: Cashfin\AuthenticationException 401 Unauthorized access!
secret not in the exception: true
secret not in var_dump: true
