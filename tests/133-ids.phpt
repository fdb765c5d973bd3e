--TEST--
Ids: a malformed id is a local InvalidIdException ("Invalid customer ID format"), with no request sent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
$bad = [
    'empty' => '',
    '23 chars' => '0123456789abcdef0123456',
    '25 chars' => '0123456789abcdef012345678',
    'non-hex' => '0123456789abcdef0123456g',
    'NUL inside' => "0123456789ab\0def01234567",
    'NUL at the end' => "0123456789abcdef0123456\0",
    'path trick' => '../list',
    'path trick, 24 chars' => '../list?page=1&limit=100',
    'slashes' => '0123456789ab/def01234567',
    'encoded slash' => '0123456789%2fdef01234567',
    'query' => '0123456789abcdef0123456?',
    'CRLF' => "0123456789abcdef012345\r\n",
    'space' => '0123456789abcdef 1234567',
    'leading space' => ' 0123456789abcdef01234567',
    'trailing newline' => "0123456789abcdef01234567\n",
    'multibyte (24 bytes)' => '0123456789abcdef012345é',
    'fullwidth digits (24 bytes)' => '０１２３４５６７',
    'hex prefix' => '0x0123456789abcdef012345',
];
foreach ($bad as $what => $id) {
    echo "$what: ";
    cf_try(fn () => $client->details($id));
    echo "$what (update): ";
    cf_try(fn () => $client->update($id, ['city' => 'Nairobi']));
}
echo "-- coercion outside strict mode still yields a bad id --\n";
cf_try(fn () => $client->details(123456789012345678901234));
cf_try(fn () => $client->details(1.5));
echo "-- the id is checked before the changes --\n";
cf_try(fn () => $client->update('nope', []));
cf_try(fn () => $client->update('nope', ['bogus' => 1]));

echo "-- the exception --\n";
try {
    $client->details('nope');
} catch (Cashfin\ValidationException $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getErrors(), $e->getHttpStatus(), $e->getCode(), $e->getResponseBody(), $e->getRequestId());
}
var_dump($client->lastResponse());
cf_requests_sent($base);

echo "-- well-formed ids (either case) are sent --\n";
foreach ([CF_TEST_ID, strtoupper(CF_TEST_ID), 'ABCDEFabcdef012345678901'] as $id) {
    cf_try(fn () => $client->details($id));
}
cf_try(fn () => $client->update(strtoupper(CF_TEST_ID), ['city' => 'Nairobi']));
foreach (cf_requests($base) as $request) {
    echo $request['method'], ' ', $request['path'], "\n";
}
--EXPECT--
empty: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
empty (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
23 chars: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
23 chars (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
25 chars: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
25 chars (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
non-hex: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
non-hex (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
NUL inside: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
NUL inside (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
NUL at the end: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
NUL at the end (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
path trick: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
path trick (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
path trick, 24 chars: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
path trick, 24 chars (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
slashes: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
slashes (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
encoded slash: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
encoded slash (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
query: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
query (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
CRLF: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
CRLF (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
space: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
space (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
leading space: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
leading space (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
trailing newline: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
trailing newline (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
multibyte (24 bytes): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
multibyte (24 bytes) (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
fullwidth digits (24 bytes): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
fullwidth digits (24 bytes) (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
hex prefix: Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
hex prefix (update): Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
-- coercion outside strict mode still yields a bad id --
Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
-- the id is checked before the changes --
Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
Cashfin\InvalidIdException: Invalid customer ID format
  'id' => Invalid customer ID format
-- the exception --
string(26) "Cashfin\InvalidIdException"
string(26) "Invalid customer ID format"
array(1) {
  ["id"]=>
  string(26) "Invalid customer ID format"
}
NULL
int(0)
NULL
NULL
NULL
requests sent: 0
-- well-formed ids (either case) are sent --
Cashfin\NotFoundException: Customer not found
Cashfin\NotFoundException: Customer not found
Cashfin\NotFoundException: Customer not found
Cashfin\NotFoundException: Customer not found
GET /business/customer/details/0123456789abcdef01234567
GET /business/customer/details/0123456789ABCDEF01234567
GET /business/customer/details/ABCDEFabcdef012345678901
PATCH /business/customer/update/0123456789ABCDEF01234567
