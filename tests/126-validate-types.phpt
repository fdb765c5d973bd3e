--TEST--
Validation: a non-string field value (array, number, bool, object, NAN, INF, null on update) is "X must be a string"
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

enum Kind: string { case Business = 'business'; }

[$client, $base] = cf_sandbox_client();
$values = [
    'array' => ['Ada'],
    'empty array' => [],
    'int' => 42,
    'zero' => 0,
    'float' => 1.5,
    'NAN' => NAN,
    'INF' => INF,
    '-INF' => -INF,
    'true' => true,
    'false' => false,
    'stdClass' => new stdClass(),
    'Stringable' => new class { public function __toString(): string { return 'Ada'; } },
    'enum' => Kind::Business,
    'closure' => fn () => 'Ada',
    'resource' => fopen('php://memory', 'r'),
];

echo "-- create: a required field --\n";
foreach ($values as $what => $value) {
    echo "$what: ";
    cf_try(fn () => $client->create(['name' => $value] + cf_valid_customer()));
}
echo "-- create: null in an optional field --\n";
cf_try(fn () => $client->create(['company' => null, 'type' => null] + cf_valid_customer()));
echo "-- update: every type, null included --\n";
foreach ($values + ['null' => null] as $what => $value) {
    echo "$what: ";
    cf_try(fn () => $client->update(CF_TEST_ID, ['type' => $value]));
}
echo "null in a required field on update: ";
cf_try(fn () => $client->update(CF_TEST_ID, ['name' => null]));
echo "-- every field at once --\n";
$fields = ['name', 'email', 'phone', 'country', 'currency', 'company', 'address', 'city', 'state', 'website', 'type'];
cf_try(fn () => $client->update(CF_TEST_ID, array_fill_keys($fields, 1)));
cf_try(fn () => $client->create(array_fill_keys($fields, [])));
cf_requests_sent($base);
--EXPECT--
-- create: a required field --
array: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
empty array: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
int: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
zero: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
float: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
NAN: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
INF: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
-INF: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
true: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
false: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
stdClass: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
Stringable: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
enum: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
closure: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
resource: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
-- create: null in an optional field --
Cashfin\ValidationException: There are problems with your submission
  'company' => Company must be a string
  'type' => Type must be a string
-- update: every type, null included --
array: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
empty array: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
int: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
zero: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
float: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
NAN: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
INF: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
-INF: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
true: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
false: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
stdClass: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
Stringable: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
enum: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
closure: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
resource: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
null: Cashfin\ValidationException: There are problems with your submission
  'type' => Type must be a string
null in a required field on update: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
-- every field at once --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
  'email' => Email must be a string
  'phone' => Phone must be a string
  'country' => Country must be a string
  'currency' => Currency must be a string
  'company' => Company must be a string
  'address' => Address must be a string
  'city' => City must be a string
  'state' => State must be a string
  'website' => Website must be a string
  'type' => Type must be a string
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be a string
  'email' => Email must be a string
  'phone' => Phone must be a string
  'country' => Country must be a string
  'currency' => Currency must be a string
  'company' => Company must be a string
  'address' => Address must be a string
  'city' => City must be a string
  'type' => Type must be a string
  'state' => Unknown field
  'website' => Unknown field
requests sent: 0
