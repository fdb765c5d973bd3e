--TEST--
Secret: never in exception messages, strings or traces (constructor errors and a 401 from the sandbox)
--EXTENSIONS--
cashfin
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function views(Throwable $e): array
{
    return [
        'getMessage' => $e->getMessage(),
        '(string)' => (string) $e,
        'getTraceAsString' => $e->getTraceAsString(),
        'getTrace' => var_export($e->getTrace(), true),
        'print_r' => print_r($e, true),
        'var_export' => var_export($e, true),
        'response body' => $e instanceof Cashfin\Exception ? (string) $e->getResponseBody() : '',
    ];
}

function leaks(Throwable $e): string
{
    $found = [];
    foreach (views($e) as $name => $text) {
        if (str_contains($text, 'cs_SECRET') || str_contains($text, 'never_shown')) {
            $found[] = $name;
        }
    }
    return get_class($e) . ': ' . ($found ? 'LEAKED by ' . implode(', ', $found) : 'no leak');
}

function attempt(callable $call): ?Throwable
{
    try {
        $call();
    } catch (Throwable $e) {
        return $e;
    }
    echo "no exception\n";
    return null;
}

// The detector itself works.
echo leaks(new RuntimeException('oops ' . CF_TEST_SECRET)), "\n";

echo "-- constructor errors --\n";
$cases = [
    'bad option value' => fn () => new Cashfin\Customers(CF_TEST_SECRET, ['timeout' => 0]),
    'bad option type' => fn () => new Cashfin\Customers(CF_TEST_SECRET, ['timeout' => 'slow']),
    'unknown option' => fn () => new Cashfin\Customers(CF_TEST_SECRET, ['secret' => true]),
    'bad base_url' => fn () => new Cashfin\Customers(CF_TEST_SECRET, ['base_url' => 'http://example.com']),
    'named arguments' => fn () => new Cashfin\Customers(options: ['max_retries' => 99], clientSecret: CF_TEST_SECRET),
    'the secret itself is bad' => fn () => new Cashfin\Customers(CF_TEST_SECRET . " \r\n"),
];
foreach ($cases as $name => $case) {
    echo "$name: ", leaks(attempt($case)), "\n";
}
// The constructor frame shows the sensitive argument as an object. (The closure's frame reads
// {closure} on PHP 8.2 and {closure:FILE:LINE} from 8.4: the expectation takes both.)
echo attempt($cases['bad option value'])->getTraceAsString(), "\n";

echo "-- a 401 from the sandbox --\n";
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_the_right_one']);
$client = new Cashfin\Customers(CF_TEST_SECRET, ['base_url' => $base, 'max_retries' => 0]);
$calls = [
    'list' => fn () => $client->list(),
    'details' => fn () => $client->details(CF_TEST_ID),
    'create' => fn () => $client->create(cf_valid_customer()),
    'update' => fn () => $client->update(CF_TEST_ID, ['city' => 'Nairobi']),
    'all' => fn () => iterator_to_array($client->all()),
];
foreach ($calls as $name => $call) {
    $e = attempt($call);
    echo "$name: ", leaks($e), ', message "', $e->getMessage(), '", status ', var_export($e->getHttpStatus(), true), "\n";
}
var_dump(str_contains(var_export($client->lastResponse(), true), 'SECRET'));
var_dump(str_contains(print_r($client, true), 'SECRET'));
var_dump(count(cf_requests($base)));
--EXPECTF--
RuntimeException: LEAKED by getMessage, (string), print_r, var_export
-- constructor errors --
bad option value: ValueError: no leak
bad option type: TypeError: no leak
unknown option: ValueError: no leak
bad base_url: ValueError: no leak
named arguments: ValueError: no leak
the secret itself is bad: ValueError: no leak
#0 %s(%d): Cashfin\Customers->__construct(Object(SensitiveParameterValue), Array)
#1 %s(%d): {closure%S}()
#2 %s(%d): attempt(Object(Closure))
#3 {main}
-- a 401 from the sandbox --
list: Cashfin\AuthenticationException: no leak, message "Unauthorized access!", status 401
details: Cashfin\AuthenticationException: no leak, message "Unauthorized access!", status 401
create: Cashfin\AuthenticationException: no leak, message "Unauthorized access!", status 401
update: Cashfin\AuthenticationException: no leak, message "Unauthorized access!", status 401
all: Cashfin\AuthenticationException: no leak, message "Unauthorized access!", status 401
bool(false)
bool(false)
int(5)
