--TEST--
Options: unknown keys, integer keys and misspelt or misplaced options are a ValueError
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$cases = [
    ['foo' => 1],
    ['Timeout' => 5],
    ['BASE_URL' => 'https://api.example.test'],
    ['timeout ' => 5],
    ['baseUrl' => 'https://api.example.test'],
    ['client_secret' => 'cs_x'],
    ['verify_peer' => false],
    ['follow_redirects' => true],
    ['' => 1],
    [0 => 'https://api.example.test'],
    ['https://api.example.test'],
    [-1 => true],
    // Option names are exact: no case folding, no camelCase.
    ['Requests_Per_Second' => 5],
    ['Max_Retry_Delay' => 1.0],
    ['onResponse' => fn () => null],
    // Bulk options belong to createMany() and friends, not to the constructor.
    ['concurrency' => 8],
    ['on_progress' => fn () => null],
    // Per-call options are not constructor options.
    ['idempotency_key' => 'k1'],
];
foreach ($cases as $options) {
    cf_try(fn () => new Cashfin\Customers('cs_x', $options));
}

echo "-- an unknown key is reported even next to valid ones --\n";
cf_try(fn () => new Cashfin\Customers('cs_x', ['timeout' => 5, 'retries' => 3, 'base_url' => 'https://api.example.test']));
--EXPECT--
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "foo"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "Timeout"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "BASE_URL"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "timeout "
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "baseUrl"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "client_secret"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "verify_peer"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "follow_redirects"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option ""
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "(integer key)"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "(integer key)"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "(integer key)"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "Requests_Per_Second"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "Max_Retry_Delay"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "onResponse"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "concurrency"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "on_progress"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "idempotency_key"
-- an unknown key is reported even next to valid ones --
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "retries"
