--TEST--
Validation: maximum lengths, counted in characters (code points), not bytes
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();

/** Prints the field's error, or "accepted" when only the marker key is reported. */
function check(string $field, string $value): void
{
    global $client;
    try {
        $client->update(CF_TEST_ID, [$field => $value, 'marker' => 'x']);
        echo "no exception\n";
    } catch (Cashfin\ValidationException $e) {
        $errors = $e->getErrors();
        unset($errors['marker']);
        printf("%s, %d chars, %d bytes: %s\n", $field, preg_match_all('/./su', $value), strlen($value),
            $errors === [] ? 'accepted' : implode('; ', $errors));
    }
}

// Values that pass every format check, at the limit and one past it.
$emailOf = fn (int $n) => str_repeat('a', $n - strlen('@example.com')) . '@example.com';
$phoneOf = fn (int $n) => '+254712345678' . str_repeat(' ', $n - 13);
$websiteOf = fn (int $n) => 'https://example.com/' . str_repeat('p', $n - 20);
$limits = ['name' => 100, 'email' => 254, 'phone' => 32, 'country' => 100, 'company' => 100,
           'address' => 255, 'city' => 100, 'state' => 100, 'website' => 255];
foreach ($limits as $field => $max) {
    $make = match ($field) {
        'email' => $emailOf,
        'phone' => $phoneOf,
        'website' => $websiteOf,
        default => fn (int $n) => str_repeat('x', $n),
    };
    check($field, $make($max));
    check($field, $make($max + 1));
}

echo "-- multibyte characters count once --\n";
check('name', str_repeat('é', 100));     // 200 bytes
check('name', str_repeat('é', 101));
check('name', str_repeat('€', 100));     // 300 bytes
check('name', str_repeat('😀', 100));    // 400 bytes
check('name', str_repeat('😀', 101));
check('address', str_repeat('李', 255));
check('address', str_repeat('李', 256));
// Combining marks are code points of their own.
check('city', str_repeat("e\u{0301}", 50));
check('city', str_repeat("e\u{0301}", 50) . 'x');
// Address newlines count as characters.
check('address', str_repeat("\r\n", 127) . 'x');
check('address', str_repeat("\r\n", 128));

echo "-- length is checked before format --\n";
check('email', str_repeat('a', 300));
check('phone', str_repeat('1', 40));
check('website', str_repeat('w', 300));
echo "-- currency and type have no length rule, only their format --\n";
check('currency', str_repeat('X', 300));
check('type', str_repeat('x', 300));

echo "-- on create too --\n";
cf_try(fn () => $client->create(['name' => str_repeat('n', 101), 'company' => str_repeat('c', 101), 'city' => str_repeat('é', 101)] + cf_valid_customer()));
cf_requests_sent($base);

echo "-- values at the limit reach the sandbox --\n";
$customer = ['name' => str_repeat('😀', 100), 'email' => $emailOf(254), 'address' => str_repeat('李', 255)] + cf_valid_customer();
$created = $client->create($customer);
var_dump($created['name'] === $customer['name'], $created['email'] === $customer['email'], $created['address'] === $customer['address']);
cf_requests_sent($base);
--EXPECT--
name, 100 chars, 100 bytes: accepted
name, 101 chars, 101 bytes: Name must be at most 100 characters
email, 254 chars, 254 bytes: accepted
email, 255 chars, 255 bytes: Email must be at most 254 characters
phone, 32 chars, 32 bytes: accepted
phone, 33 chars, 33 bytes: Phone must be at most 32 characters
country, 100 chars, 100 bytes: accepted
country, 101 chars, 101 bytes: Country must be at most 100 characters
company, 100 chars, 100 bytes: accepted
company, 101 chars, 101 bytes: Company must be at most 100 characters
address, 255 chars, 255 bytes: accepted
address, 256 chars, 256 bytes: Address must be at most 255 characters
city, 100 chars, 100 bytes: accepted
city, 101 chars, 101 bytes: City must be at most 100 characters
state, 100 chars, 100 bytes: accepted
state, 101 chars, 101 bytes: State must be at most 100 characters
website, 255 chars, 255 bytes: accepted
website, 256 chars, 256 bytes: Website must be at most 255 characters
-- multibyte characters count once --
name, 100 chars, 200 bytes: accepted
name, 101 chars, 202 bytes: Name must be at most 100 characters
name, 100 chars, 300 bytes: accepted
name, 100 chars, 400 bytes: accepted
name, 101 chars, 404 bytes: Name must be at most 100 characters
address, 255 chars, 765 bytes: accepted
address, 256 chars, 768 bytes: Address must be at most 255 characters
city, 100 chars, 150 bytes: accepted
city, 101 chars, 151 bytes: City must be at most 100 characters
address, 255 chars, 255 bytes: accepted
address, 256 chars, 256 bytes: Address must be at most 255 characters
-- length is checked before format --
email, 300 chars, 300 bytes: Email must be at most 254 characters
phone, 40 chars, 40 bytes: Phone must be at most 32 characters
website, 300 chars, 300 bytes: Website must be at most 255 characters
-- currency and type have no length rule, only their format --
currency, 300 chars, 300 bytes: Currency must be a 3-letter ISO 4217 code
type, 300 chars, 300 bytes: Type must be individual or business
-- on create too --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be at most 100 characters
  'company' => Company must be at most 100 characters
  'city' => City must be at most 100 characters
requests sent: 0
-- values at the limit reach the sandbox --
bool(true)
bool(true)
bool(true)
requests sent: 1
