--TEST--
Validation: create() reports missing and blank required fields locally, in the API's order, and sends nothing
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();

echo "-- nothing at all --\n";
cf_try(fn () => $client->create([]));
echo "-- some present, given in reverse order --\n";
cf_try(fn () => $client->create(['currency' => 'KES', 'phone' => '+254712345678', 'name' => 'Ada']));
echo "-- null counts as missing on create --\n";
cf_try(fn () => $client->create(['name' => null, 'email' => null, 'phone' => '+254712345678', 'country' => 'Kenya', 'currency' => null]));
echo "-- blank (ASCII whitespace only) is missing --\n";
cf_try(fn () => $client->create([
    'name' => '',
    'email' => ' ',
    'phone' => "\t",
    'country' => "\r\n",
    'currency' => " \v\f ",
]));
echo "-- a non-breaking space is not blank, a NUL is not blank --\n";
cf_try(fn () => $client->create(['name' => "\u{00A0}", 'email' => "\0"] + cf_valid_customer()));
echo "-- optional fields are not required --\n";
cf_try(fn () => $client->create(['company' => '', 'address' => '', 'city' => '', 'type' => ''] + array_diff_key(cf_valid_customer(), ['email' => 1])));

echo "-- the exception --\n";
try {
    $client->create(['name' => 'Ada']);
} catch (Cashfin\ValidationException $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getCode(), $e->getHttpStatus(), $e->getResponseBody(), $e->getRequestId(), $e->getPrevious());
    var_dump($e->getErrors());
    var_dump(array_keys($e->getErrors()) === ['email', 'phone', 'country', 'currency']);
    var_dump($e instanceof Cashfin\InvalidIdException);
}
var_dump($client->lastResponse());
cf_requests_sent($base);

echo "-- a complete payload does reach the sandbox --\n";
var_dump(strlen($client->create(cf_valid_customer())['_id']));
cf_requests_sent($base);
--EXPECT--
-- nothing at all --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name is required
  'email' => Email is required
  'phone' => Phone is required
  'country' => Country is required
  'currency' => Currency is required
-- some present, given in reverse order --
Cashfin\ValidationException: There are problems with your submission
  'email' => Email is required
  'country' => Country is required
-- null counts as missing on create --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name is required
  'email' => Email is required
  'currency' => Currency is required
-- blank (ASCII whitespace only) is missing --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name is required
  'email' => Email is required
  'phone' => Phone is required
  'country' => Country is required
  'currency' => Currency is required
-- a non-breaking space is not blank, a NUL is not blank --
Cashfin\ValidationException: There are problems with your submission
  'email' => Email must not contain control characters
-- optional fields are not required --
Cashfin\ValidationException: There are problems with your submission
  'email' => Email is required
-- the exception --
string(27) "Cashfin\ValidationException"
string(39) "There are problems with your submission"
int(0)
NULL
NULL
NULL
NULL
array(4) {
  ["email"]=>
  string(17) "Email is required"
  ["phone"]=>
  string(17) "Phone is required"
  ["country"]=>
  string(19) "Country is required"
  ["currency"]=>
  string(20) "Currency is required"
}
bool(true)
bool(false)
NULL
requests sent: 0
-- a complete payload does reach the sandbox --
int(24)
requests sent: 1
