--TEST--
CASHFIN_BASE_URL: read at construction as getenv() reads it; the base_url option wins over it, and it wins over cashfin.base_url; an empty one counts as unset; its value is checked like the option's, and a bad one names the variable
--EXTENSIONS--
cashfin
--INI--
cashfin.base_url=https://ini.example.test
--ENV--
CASHFIN_BASE_URL=https://env.example.test/v2/
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function base_url(array $options = []): void
{
    try {
        preg_match('~\[base_url\] => (\S+)~', print_r(new Cashfin\Customers('cs_x', $options), true), $m);
        echo $m[1], "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "-- precedence: option, then CASHFIN_BASE_URL, then cashfin.base_url --\n";
base_url();
base_url(['base_url' => 'https://option.example.test']);
putenv('CASHFIN_BASE_URL=');
base_url();
putenv('CASHFIN_BASE_URL');
base_url();

echo "-- checked like the option --\n";
foreach (['http://env.example.test', 'https://env.example.test/?x=1', 'https://user:pw@env.example.test', 'not a url', 'ftp://env.example.test'] as $url) {
    putenv("CASHFIN_BASE_URL=$url");
    base_url();
}
putenv('CASHFIN_BASE_URL=http://env.example.test');
base_url(['allow_http' => true]);
putenv('CASHFIN_BASE_URL=not a url');
echo "an option makes a bad variable irrelevant: ";
base_url(['base_url' => 'https://option.example.test']);

echo "-- requests go where it points: a client made with no options at all reaches the sandbox --\n";
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_env_test']);
putenv("CASHFIN_BASE_URL=$base");
putenv('CASHFIN_CLIENT_SECRET=cs_env_test');
$client = new Cashfin\Customers();
$created = $client->create(cf_valid_customer(1));
echo "created ", strlen($created['_id']), "-character id; the sandbox saw ", count(cf_requests($base)), " request\n";
echo "read when constructed, not later: ";
putenv('CASHFIN_BASE_URL=https://later.example.test');
cf_try(fn () => $client->details($created['_id']));
?>
--EXPECT--
-- precedence: option, then CASHFIN_BASE_URL, then cashfin.base_url --
https://env.example.test/v2
https://option.example.test
https://ini.example.test
https://ini.example.test
-- checked like the option --
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) CASHFIN_BASE_URL must use https:// (http:// is accepted for loopback hosts, or with allow_http)
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) CASHFIN_BASE_URL must not have a query or a fragment
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) CASHFIN_BASE_URL must not carry credentials
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) CASHFIN_BASE_URL must be a URL
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) CASHFIN_BASE_URL must use https:// (http:// is accepted for loopback hosts, or with allow_http)
http://env.example.test
an option makes a bad variable irrelevant: https://option.example.test
-- requests go where it points: a client made with no options at all reaches the sandbox --
created 24-character id; the sandbox saw 1 request
read when constructed, not later: ok
