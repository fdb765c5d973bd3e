--TEST--
Secret: no secret at all (no argument, null, '', unset or empty CASHFIN_CLIENT_SECRET) is a ValueError
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

// Whatever the shell exported, this test runs without the variable.
putenv('CASHFIN_CLIENT_SECRET');
var_dump(getenv('CASHFIN_CLIENT_SECRET'));
cf_try(fn () => new Cashfin\Customers());
cf_try(fn () => new Cashfin\Customers(null));
cf_try(fn () => new Cashfin\Customers(null, ['base_url' => 'https://api.example.test']));
cf_try(fn () => new Cashfin\Customers(''));

putenv('CASHFIN_CLIENT_SECRET=');
var_dump(getenv('CASHFIN_CLIENT_SECRET'));
cf_try(fn () => new Cashfin\Customers());
cf_try(fn () => new Cashfin\Customers(null));

// An explicit empty string does not fall back to the environment.
putenv('CASHFIN_CLIENT_SECRET=cs_in_the_environment');
cf_try(fn () => new Cashfin\Customers(''));
cf_try(fn () => new Cashfin\Customers(null));

echo "-- the secret checks come before the options checks --\n";
putenv('CASHFIN_CLIENT_SECRET');
cf_try(fn () => new Cashfin\Customers(null, ['nonsense' => true]));
--EXPECT--
bool(false)
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
string(0) ""
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
ok
-- the secret checks come before the options checks --
ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
