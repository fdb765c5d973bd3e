--TEST--
Validation: email, phone, currency, website and type formats, with the server's messages
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
        echo json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), ': ', $errors === [] ? 'accepted' : implode('; ', $errors), "\n";
    }
}

echo "-- email --\n";
foreach (['a@b.co', 'first.last+tag@sub.example.co.ke', 'ü@exämple.com', '"quoted"@example.com', 'a@b.c.d.e',
          'plainaddress', '@example.com', 'a@', 'a@b', 'a@@b.co', 'a@b@c.co', 'a@.b.co', 'a@b.co.', 'a@b..co',
          'a b@c.co', 'a@b.co ', ' a@b.co', "a@b.co\n", "a\t@b.co", '', ' '] as $v) {
    check('email', $v);
}
echo "-- phone --\n";
foreach (['+254712345678', '0712 345 678', '+1 (555) 123-4567', '+1.555.123.4567', '1234567', '123456789012345',
          '123456', '1234567890123456', '+', '++254712345678', '254+712345678', 'abc1234567', '0712-345-678 ext 9',
          '１２３４５６７', '+254_712_345_678', '(((1234567)))', '', '   '] as $v) {
    check('phone', $v);
}
echo "-- currency --\n";
foreach (['KES', 'USD', 'XOF', 'usd', 'Usd', 'US', 'USDX', 'U$D', 'ÉUR', 'US D', ' USD', '', "\t"] as $v) {
    check('currency', $v);
}
echo "-- website --\n";
foreach (['https://acme.test', 'http://acme.test/path?q=1#x', 'HTTPS://ACME.TEST', 'Http://x', 'https://x',
          'acme.test', 'www.acme.test', 'ftp://acme.test', 'https://', 'http://', 'http:/acme.test',
          'https://acme test', 'javascript:alert(1)', ' https://acme.test', 'https://acme.test ', ''] as $v) {
    check('website', $v);
}
echo "-- type --\n";
foreach (['individual', 'business', 'Individual', 'BUSINESS', 'individual ', 'company', 'person', ''] as $v) {
    check('type', $v);
}
echo "-- optional fields may be emptied on update --\n";
foreach (['company', 'address', 'city', 'state'] as $field) {
    echo "$field ";
    check($field, '');
}
echo "-- on create, every format at once, in the API's order --\n";
cf_try(fn () => $client->create([
    'type' => 'person',
    'currency' => 'kes',
    'phone' => '12',
    'email' => 'nobody',
    'name' => 'Ada',
    'country' => 'Kenya',
]));
cf_requests_sent($base);

echo "-- values accepted locally are accepted by the sandbox --\n";
$created = $client->create([
    'name' => 'Ada',
    'email' => 'first.last+tag@sub.example.co.ke',
    'phone' => '+1 (555) 123-4567',
    'country' => 'Kenya',
    'currency' => 'XOF',
    'type' => 'business',
]);
$updated = $client->update($created['_id'], ['website' => 'HTTPS://ACME.TEST', 'email' => 'ü@exämple.com', 'phone' => '1234567']);
var_dump($updated['modified']);
cf_requests_sent($base);
--EXPECT--
-- email --
"a@b.co": accepted
"first.last+tag@sub.example.co.ke": accepted
"ü@exämple.com": accepted
"\"quoted\"@example.com": accepted
"a@b.c.d.e": accepted
"plainaddress": Email must be a valid email address
"@example.com": Email must be a valid email address
"a@": Email must be a valid email address
"a@b": Email must be a valid email address
"a@@b.co": Email must be a valid email address
"a@b@c.co": Email must be a valid email address
"a@.b.co": Email must be a valid email address
"a@b.co.": Email must be a valid email address
"a@b..co": Email must be a valid email address
"a b@c.co": Email must be a valid email address
"a@b.co ": Email must be a valid email address
" a@b.co": Email must be a valid email address
"a@b.co\n": Email must not contain control characters
"a\t@b.co": Email must not contain control characters
"": Email is required
" ": Email is required
-- phone --
"+254712345678": accepted
"0712 345 678": accepted
"+1 (555) 123-4567": accepted
"+1.555.123.4567": accepted
"1234567": accepted
"123456789012345": accepted
"123456": Phone must be a valid phone number
"1234567890123456": Phone must be a valid phone number
"+": Phone must be a valid phone number
"++254712345678": Phone must be a valid phone number
"254+712345678": Phone must be a valid phone number
"abc1234567": Phone must be a valid phone number
"0712-345-678 ext 9": Phone must be a valid phone number
"１２３４５６７": Phone must be a valid phone number
"+254_712_345_678": Phone must be a valid phone number
"(((1234567)))": accepted
"": Phone is required
"   ": Phone is required
-- currency --
"KES": accepted
"USD": accepted
"XOF": accepted
"usd": Currency must be a 3-letter ISO 4217 code
"Usd": Currency must be a 3-letter ISO 4217 code
"US": Currency must be a 3-letter ISO 4217 code
"USDX": Currency must be a 3-letter ISO 4217 code
"U$D": Currency must be a 3-letter ISO 4217 code
"ÉUR": Currency must be a 3-letter ISO 4217 code
"US D": Currency must be a 3-letter ISO 4217 code
" USD": Currency must be a 3-letter ISO 4217 code
"": Currency is required
"\t": Currency is required
-- website --
"https://acme.test": accepted
"http://acme.test/path?q=1#x": accepted
"HTTPS://ACME.TEST": accepted
"Http://x": accepted
"https://x": accepted
"acme.test": Website must be a valid http or https URL
"www.acme.test": Website must be a valid http or https URL
"ftp://acme.test": Website must be a valid http or https URL
"https://": Website must be a valid http or https URL
"http://": Website must be a valid http or https URL
"http:/acme.test": Website must be a valid http or https URL
"https://acme test": Website must be a valid http or https URL
"javascript:alert(1)": Website must be a valid http or https URL
" https://acme.test": Website must be a valid http or https URL
"https://acme.test ": Website must be a valid http or https URL
"": accepted
-- type --
"individual": accepted
"business": accepted
"Individual": Type must be individual or business
"BUSINESS": Type must be individual or business
"individual ": Type must be individual or business
"company": Type must be individual or business
"person": Type must be individual or business
"": accepted
-- optional fields may be emptied on update --
company "": accepted
address "": accepted
city "": accepted
state "": accepted
-- on create, every format at once, in the API's order --
Cashfin\ValidationException: There are problems with your submission
  'email' => Email must be a valid email address
  'phone' => Phone must be a valid phone number
  'currency' => Currency must be a 3-letter ISO 4217 code
  'type' => Type must be individual or business
requests sent: 0
-- values accepted locally are accepted by the sandbox --
int(1)
requests sent: 2
