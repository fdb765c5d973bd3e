--TEST--
findByEmail(): the customer with exactly this address (ASCII case ignored), never one the search merely matched
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

// Oldest first: the search answers newest first, so every decoy comes before the customer looked for.
$alice = $client->create(cf_person(1, ['name' => 'Alice', 'email' => 'alice@example.com']));
$client->create(cf_person(2, ['name' => 'Not Alice', 'email' => 'notalice@example.com']));
$client->create(cf_person(3, ['name' => 'alice@example.com', 'email' => 'impostor@example.com']));
$client->create(cf_person(4, ['name' => 'Alice Again', 'email' => 'alice@example.com.evil.test']));
$tagged = $client->create(cf_person(5, ['name' => 'Tagged', 'email' => 'Bob+Invoices@Example.com']));
$elodie = $client->create(cf_person(6, ['name' => 'Élodie', 'email' => 'élodie@example.com']));

echo "the search alone is not enough:\n";
foreach ($client->list(['search' => 'alice@example.com'])['data'] as $c) {
    echo "  ", $c['name'], " <", $c['email'], ">\n";
}
cf_clear_requests($base);

function show(Cashfin\CustomersInterface $client, string $email): void
{
    $found = $client->findByEmail($email);
    echo str_pad(var_export($email, true), 32), ' => ', $found === null ? 'null' : $found['name'] . ' <' . $found['email'] . '>', "\n";
}

echo "-- exact, ignoring ASCII case --\n";
show($client, 'alice@example.com');
show($client, 'ALICE@Example.COM');
show($client, 'bob+invoices@example.com');
show($client, 'BOB+INVOICES@EXAMPLE.COM');
show($client, 'élodie@example.com');
echo "-- no match --\n";
show($client, 'lice@example.com');         // a substring of alice@ and notalice@
show($client, 'bob@example.com');          // bob+invoices@ without its tag
show($client, 'alice@example.co');
show($client, 'nobody@example.com');       // the search finds nothing at all
show($client, 'Élodie@example.com');       // É and é differ: only ASCII letters are folded
show($client, ' alice@example.com');

echo "-- the whole record, as details() returns it --\n";
var_dump($client->findByEmail('Alice@example.com') === $client->details($alice['_id']));
var_dump($client->findByEmail('bob+invoices@example.com') === $client->details($tagged['_id']));
var_dump($client->findByEmail('élodie@example.com')['_id'] === $elodie['_id']);
cf_clear_requests($base);

echo "-- one request a lookup here: the search, with the largest page and the address encoded --\n";
$client->findByEmail('Bob+Invoices@example.com');
$client->findByEmail('nobody@example.com');
foreach (cf_requests($base) as $r) {
    echo $r['method'], ' ', $r['path'], '?', $r['query'], "\n";
}
echo "lastResponse: ", $client->lastResponse()['status'], "\n";
?>
--EXPECT--
the search alone is not enough:
  Alice Again <alice@example.com.evil.test>
  alice@example.com <impostor@example.com>
  Not Alice <notalice@example.com>
  Alice <alice@example.com>
-- exact, ignoring ASCII case --
'alice@example.com'              => Alice <alice@example.com>
'ALICE@Example.COM'              => Alice <alice@example.com>
'bob+invoices@example.com'       => Tagged <Bob+Invoices@Example.com>
'BOB+INVOICES@EXAMPLE.COM'       => Tagged <Bob+Invoices@Example.com>
'élodie@example.com'            => Élodie <élodie@example.com>
-- no match --
'lice@example.com'               => null
'bob@example.com'                => null
'alice@example.co'               => null
'nobody@example.com'             => null
'Élodie@example.com'            => null
' alice@example.com'             => null
-- the whole record, as details() returns it --
bool(true)
bool(true)
bool(true)
-- one request a lookup here: the search, with the largest page and the address encoded --
GET /business/customer/list?page=1&limit=100&search=Bob%2BInvoices%40example.com
GET /business/customer/list?page=1&limit=100&search=nobody%40example.com
lastResponse: 200
