--TEST--
Validation: recursion, a 10 MB string, deep nesting and references in payloads are handled as field errors
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();

echo "-- an array holding a reference to itself --\n";
$payload = cf_valid_customer();
$payload['company'] = &$payload;
cf_try(fn () => $client->create($payload));
$self = ['city' => 'Nairobi'];
$self['self'] = &$self;
cf_try(fn () => $client->update(CF_TEST_ID, $self));
$object = new stdClass();
$object->me = $object;
cf_try(fn () => $client->update(CF_TEST_ID, ['name' => $object]));

echo "-- a 10 MB string --\n";
$huge = str_repeat('a', 10 * 1024 * 1024);
cf_try(fn () => $client->update(CF_TEST_ID, ['name' => $huge, 'address' => $huge, 'email' => $huge, 'currency' => $huge]));
cf_try(fn () => $client->update(CF_TEST_ID, ['city' => $huge . "\xFF"]));
cf_try(fn () => $client->update(CF_TEST_ID, ['city' => "\0" . $huge]));
unset($huge);

echo "-- deeply nested arrays --\n";
$deep = 'leaf';
for ($i = 0; $i < 10000; $i++) {
    $deep = [$deep];
}
cf_try(fn () => $client->create(['address' => $deep] + cf_valid_customer()));
cf_try(fn () => $client->update(CF_TEST_ID, [$deep]));
unset($deep);

echo "-- references are followed --\n";
$name = 'Ada Lovelace';
$number = 42;
$nothing = null;
cf_try(fn () => $client->update(CF_TEST_ID, ['name' => &$number, 'city' => &$nothing]));
cf_try(fn () => $client->create(['name' => &$nothing] + cf_valid_customer()));
$array = ['x'];
cf_try(fn () => $client->update(CF_TEST_ID, ['company' => &$array]));
cf_requests_sent($base);

$customer = cf_valid_customer();
$customer['name'] = &$name;
$created = $client->create($customer);
var_dump($created['name']);
cf_requests_sent($base);

echo "-- the caller's array is not changed --\n";
$changes = ['name' => 'x', 'bogus' => [1, 2]];
$copy = $changes;
try {
    $client->update(CF_TEST_ID, $changes);
} catch (Cashfin\ValidationException) {
}
var_dump($changes === $copy);
cf_requests_sent($base);
--EXPECT--
-- an array holding a reference to itself --
Cashfin\ValidationException: There are problems with your submission
  'company' => Company must be a string
Cashfin\ValidationException: There are problems with your submission
  'self' => Unknown field
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
-- a 10 MB string --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be at most 100 characters
  'email' => Email must be at most 254 characters
  'currency' => Currency must be a 3-letter ISO 4217 code
  'address' => Address must be at most 255 characters
Cashfin\ValidationException: There are problems with your submission
  'city' => City must be valid UTF-8
Cashfin\ValidationException: There are problems with your submission
  'city' => City must not contain control characters
-- deeply nested arrays --
Cashfin\ValidationException: There are problems with your submission
  'address' => Address must be a string
Cashfin\ValidationException: There are problems with your submission
  0 => Unknown field
-- references are followed --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
  'city' => City must be a string
Cashfin\ValidationException: There are problems with your submission
  'name' => Name is required
Cashfin\ValidationException: There are problems with your submission
  'company' => Company must be a string
requests sent: 0
string(12) "Ada Lovelace"
requests sent: 1
-- the caller's array is not changed --
bool(true)
requests sent: 0
