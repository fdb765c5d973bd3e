--TEST--
Validation: unknown fields (integer keys included), update with no fields, and the order of getErrors()
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();

echo "-- create: unknown keys, the update-only fields included --\n";
cf_try(fn () => $client->create(cf_valid_customer() + [
    'state' => 'Nairobi',
    'website' => 'https://acme.test',
    '_id' => CF_TEST_ID,
    'Name' => 'Ada',
    'name ' => 'Ada',
    'active' => true,
    'sourceorigin' => 'api',
    '' => 'empty key',
]));
echo "-- update: unknown keys --\n";
cf_try(fn () => $client->update(CF_TEST_ID, ['createdat' => 'now', 'EMAIL' => 'a@b.co', 'city' => 'Nairobi']));
cf_try(fn () => $client->update(CF_TEST_ID, ['foo' => 'x']));
echo "-- integer keys are reported under the integer --\n";
try {
    $client->create(['Ada', 'ada@example.com']);
} catch (Cashfin\ValidationException $e) {
    var_dump($e->getErrors());
}
try {
    $client->update(CF_TEST_ID, [7 => 'x', '42' => 'z', '007' => 'w']);
} catch (Cashfin\ValidationException $e) {
    var_dump($e->getErrors());
}
echo "-- a key with a NUL byte is kept whole --\n";
try {
    $client->update(CF_TEST_ID, ["name\0evil" => 'x']);
} catch (Cashfin\ValidationException $e) {
    var_dump(array_keys($e->getErrors()) === ["name\0evil"]);
}
echo "-- update with nothing to change --\n";
cf_try(fn () => $client->update(CF_TEST_ID, []));
try {
    $client->update(CF_TEST_ID, []);
} catch (Cashfin\ValidationException $e) {
    var_dump(get_class($e), $e->getErrors(), $e->getHttpStatus());
}
echo "-- the order: canonical fields first, then unknown keys as given --\n";
try {
    $client->create(['zeta' => 1, 'type' => 'x', 'name' => '', 9 => 'nine', 'alpha' => 2, 'currency' => 'usd', 'city' => []]);
} catch (Cashfin\ValidationException $e) {
    var_export($e->getErrors());
    echo "\n";
}
try {
    $client->update(CF_TEST_ID, ['website' => 'x', 'zz' => 1, 'state' => [], 'email' => 'x', 'aa' => 2, 'name' => ' ']);
} catch (Cashfin\ValidationException $e) {
    var_export($e->getErrors());
    echo "\n";
}
cf_requests_sent($base);
--EXPECT--
-- create: unknown keys, the update-only fields included --
Cashfin\ValidationException: There are problems with your submission
  'state' => Unknown field
  'website' => Unknown field
  '_id' => Unknown field
  'Name' => Unknown field
  'name ' => Unknown field
  'active' => Unknown field
  'sourceorigin' => Unknown field
  '' => Unknown field
-- update: unknown keys --
Cashfin\ValidationException: There are problems with your submission
  'createdat' => Unknown field
  'EMAIL' => Unknown field
Cashfin\ValidationException: There are problems with your submission
  'foo' => Unknown field
-- integer keys are reported under the integer --
array(7) {
  ["name"]=>
  string(16) "Name is required"
  ["email"]=>
  string(17) "Email is required"
  ["phone"]=>
  string(17) "Phone is required"
  ["country"]=>
  string(19) "Country is required"
  ["currency"]=>
  string(20) "Currency is required"
  [0]=>
  string(13) "Unknown field"
  [1]=>
  string(13) "Unknown field"
}
array(3) {
  [7]=>
  string(13) "Unknown field"
  [42]=>
  string(13) "Unknown field"
  ["007"]=>
  string(13) "Unknown field"
}
-- a key with a NUL byte is kept whole --
bool(true)
-- update with nothing to change --
Cashfin\ValidationException: There are problems with your submission
  'body' => At least one field is required
string(27) "Cashfin\ValidationException"
array(1) {
  ["body"]=>
  string(30) "At least one field is required"
}
NULL
-- the order: canonical fields first, then unknown keys as given --
array (
  'name' => 'Name is required',
  'email' => 'Email is required',
  'phone' => 'Phone is required',
  'country' => 'Country is required',
  'currency' => 'Currency must be a 3-letter ISO 4217 code',
  'city' => 'City must be a string',
  'type' => 'Type must be individual or business',
  'zeta' => 'Unknown field',
  9 => 'Unknown field',
  'alpha' => 'Unknown field',
)
array (
  'name' => 'Name is required',
  'email' => 'Email must be a valid email address',
  'state' => 'State must be a string',
  'website' => 'Website must be a valid http or https URL',
  'zz' => 'Unknown field',
  'aa' => 'Unknown field',
)
requests sent: 0
