--TEST--
Secret: spaces, control characters and non-ASCII bytes are a ValueError (header injection), before any request
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$base = cashfin_sandbox_start();
$bad = [
    'space' => 'cs_SECRET never_shown',
    'leading space' => ' cs_SECRET_never_shown',
    'trailing space' => 'cs_SECRET_never_shown ',
    'tab' => "cs_SECRET\tnever_shown",
    'CR' => "cs_SECRET\rnever_shown",
    'LF' => "cs_SECRET\nnever_shown",
    'CRLF header injection' => "cs_SECRET_never_shown\r\nX-Injected: yes",
    'trailing LF' => "cs_SECRET_never_shown\n",
    'NUL' => "cs_SECRET\0never_shown",
    'DEL' => "cs_SECRET\x7Fnever_shown",
    'ESC' => "cs_SECRET\x1Bnever_shown",
    'non-ASCII (UTF-8)' => 'cs_SECRET_néver_shown',
    'non-ASCII (Latin-1 byte)' => "cs_SECRET_n\xE9ver_shown",
    'non-breaking space' => "cs_SECRET\u{00A0}never_shown",
];
foreach ($bad as $what => $secret) {
    echo "$what: ";
    try {
        new Cashfin\Customers($secret, ['base_url' => $base]);
        echo "accepted\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), str_contains($e->getMessage(), 'SECRET') ? ' (LEAKS THE SECRET)' : '', "\n";
    }
}

echo "-- the same from CASHFIN_CLIENT_SECRET --\n";
foreach (['space' => 'cs_SECRET never_shown', 'tab' => "cs_SECRET\tnever_shown", 'DEL' => "cs_SECRET\x7F",
          'non-ASCII' => 'cs_SECRET_é'] as $what => $secret) {
    putenv("CASHFIN_CLIENT_SECRET=$secret");
    echo "$what: ";
    cf_try(fn () => new Cashfin\Customers(null, ['base_url' => $base]));
}

cf_requests_sent($base);
echo "-- every visible ASCII character is fine --\n";
$visible = 'cs_' . implode('', array_map('chr', range(0x21, 0x7E)));
$client = new Cashfin\Customers($visible, ['base_url' => $base, 'max_retries' => 0]);
var_dump($client->list()['pagination']['total']);
cf_requests_sent($base);
--EXPECT--
space: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
leading space: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
trailing space: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
tab: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
CR: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
LF: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
CRLF header injection: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
trailing LF: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
NUL: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
DEL: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
ESC: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
non-ASCII (UTF-8): Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
non-ASCII (Latin-1 byte): Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
non-breaking space: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
-- the same from CASHFIN_CLIENT_SECRET --
space: ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
tab: ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
DEL: ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
non-ASCII: ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must not contain spaces, control characters or non-ASCII bytes
requests sent: 0
-- every visible ASCII character is fine --
int(0)
requests sent: 1
