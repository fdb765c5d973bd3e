--TEST--
Validation: invalid UTF-8 and control characters (NUL included) are field errors; address allows tab, CR and LF
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
function name_of(string $value): void
{
    global $client;
    echo bin2hex($value), ': ';
    cf_try(fn () => $client->update(CF_TEST_ID, ['name' => $value, 'unknown' => 'x']));
}

echo "-- invalid UTF-8 --\n";
name_of("\xFF");
name_of("Ad\xC3");               // truncated two-byte sequence at the end
name_of("caf\xE9");              // Latin-1
name_of("\xC0\xAF");             // overlong "/"
name_of("\xE0\x80\xAF");         // overlong, three bytes
name_of("\xED\xA0\x80");         // UTF-16 surrogate
name_of("\xF4\x90\x80\x80");     // past U+10FFFF
name_of("\xF8\x88\x80\x80\x80"); // five-byte form
name_of("\x80abc");              // lone continuation byte
name_of("abc\xE2\x82");          // truncated three-byte sequence
echo "-- valid UTF-8 passes (only the unknown key is reported) --\n";
name_of("Zoë Ñúñez");
name_of("李小龍");
name_of("\u{1F600} \u{10FFFF} \u{FEFF}");
echo "-- control characters --\n";
name_of("Ada\0Lovelace");
name_of("Ada\0");
name_of("\x01");
name_of("Ada\tLovelace");
name_of("Ada\nLovelace");
name_of("Ada\rLovelace");
name_of("Ada\x1F");
name_of("Ada\x7F");
name_of("Ada\x1B[31m");
echo "-- invalid UTF-8 is reported before control characters --\n";
name_of("\0\xFF");
echo "-- every field has the same checks --\n";
$fields = ['name', 'email', 'phone', 'country', 'currency', 'company', 'address', 'city', 'state', 'website', 'type'];
cf_try(fn () => $client->update(CF_TEST_ID, array_fill_keys($fields, "x\xFFy")));
cf_try(fn () => $client->update(CF_TEST_ID, array_fill_keys($fields, "x\0y")));
cf_try(fn () => $client->update(CF_TEST_ID, array_fill_keys($fields, "x\ny")));
echo "-- address: tab, CR and LF are data; other controls are not --\n";
foreach (["1 Main St\nApt 2", "1 Main St\r\nApt 2", "Gate\t4", "a\0b", "a\x0Bb", "a\x0Cb", "a\x7Fb", "a\x1Eb"] as $address) {
    echo bin2hex($address), ': ';
    cf_try(fn () => $client->update(CF_TEST_ID, ['address' => $address, 'unknown' => 'x']));
}
cf_requests_sent($base);

echo "-- what passes locally reaches the sandbox unchanged --\n";
$address = "1 Main St\r\nApt 2\tGate 4";
$created = $client->create(['name' => 'Zoë 李 😀', 'address' => $address] + cf_valid_customer());
var_dump($created['name'] === 'Zoë 李 😀', $created['address'] === $address);
$sent = cf_requests($base)[0];
var_dump(json_decode($sent['body'], true)['address'] === $address);
cf_requests_sent($base);
--EXPECT--
-- invalid UTF-8 --
ff: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
4164c3: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
636166e9: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
c0af: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
e080af: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
eda080: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
f4908080: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
f888808080: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
80616263: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
616263e282: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
-- valid UTF-8 passes (only the unknown key is reported) --
5a6fc3ab20c391c3bac3b1657a: Cashfin\ValidationException: There are problems with your submission
  'unknown' => Unknown field
e69d8ee5b08fe9be8d: Cashfin\ValidationException: There are problems with your submission
  'unknown' => Unknown field
f09f988020f48fbfbf20efbbbf: Cashfin\ValidationException: There are problems with your submission
  'unknown' => Unknown field
-- control characters --
416461004c6f76656c616365: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
41646100: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
01: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
416461094c6f76656c616365: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
4164610a4c6f76656c616365: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
4164610d4c6f76656c616365: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
4164611f: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
4164617f: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
4164611b5b33316d: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'unknown' => Unknown field
-- invalid UTF-8 is reported before control characters --
00ff: Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'unknown' => Unknown field
-- every field has the same checks --
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must be valid UTF-8
  'email' => Email must be valid UTF-8
  'phone' => Phone must be valid UTF-8
  'country' => Country must be valid UTF-8
  'currency' => Currency must be valid UTF-8
  'company' => Company must be valid UTF-8
  'address' => Address must be valid UTF-8
  'city' => City must be valid UTF-8
  'state' => State must be valid UTF-8
  'website' => Website must be valid UTF-8
  'type' => Type must be valid UTF-8
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'email' => Email must not contain control characters
  'phone' => Phone must not contain control characters
  'country' => Country must not contain control characters
  'currency' => Currency must not contain control characters
  'company' => Company must not contain control characters
  'address' => Address must not contain control characters
  'city' => City must not contain control characters
  'state' => State must not contain control characters
  'website' => Website must not contain control characters
  'type' => Type must not contain control characters
Cashfin\ValidationException: There are problems with your submission
  'name' => Name must not contain control characters
  'email' => Email must not contain control characters
  'phone' => Phone must not contain control characters
  'country' => Country must not contain control characters
  'currency' => Currency must not contain control characters
  'company' => Company must not contain control characters
  'city' => City must not contain control characters
  'state' => State must not contain control characters
  'website' => Website must not contain control characters
  'type' => Type must not contain control characters
-- address: tab, CR and LF are data; other controls are not --
31204d61696e2053740a4170742032: Cashfin\ValidationException: There are problems with your submission
  'unknown' => Unknown field
31204d61696e2053740d0a4170742032: Cashfin\ValidationException: There are problems with your submission
  'unknown' => Unknown field
476174650934: Cashfin\ValidationException: There are problems with your submission
  'unknown' => Unknown field
610062: Cashfin\ValidationException: There are problems with your submission
  'address' => Address must not contain control characters
  'unknown' => Unknown field
610b62: Cashfin\ValidationException: There are problems with your submission
  'address' => Address must not contain control characters
  'unknown' => Unknown field
610c62: Cashfin\ValidationException: There are problems with your submission
  'address' => Address must not contain control characters
  'unknown' => Unknown field
617f62: Cashfin\ValidationException: There are problems with your submission
  'address' => Address must not contain control characters
  'unknown' => Unknown field
611e62: Cashfin\ValidationException: There are problems with your submission
  'address' => Address must not contain control characters
  'unknown' => Unknown field
requests sent: 0
-- what passes locally reaches the sandbox unchanged --
bool(true)
bool(true)
bool(true)
requests sent: 1
