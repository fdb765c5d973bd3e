--TEST--
details() returns the customer; update() changes only the given fields and reports modified 1 or 0
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$created = $client->create(cf_person(1, ['company' => 'Doe Enterprises', 'city' => 'Nairobi']));
$other = $client->create(cf_person(2));
$id = $created['_id'];
cf_clear_requests($base);

$details = $client->details($id);
echo "details equals created: ", var_export($details === $created, true), "\n";
echo "upper-case id finds it: ", var_export($client->details(strtoupper($id))['_id'] === $id, true), "\n";

usleep(2000); // updatedat has millisecond resolution
$result = $client->update($id, ['phone' => '+254799000001', 'city' => 'Mombasa', 'state' => 'Mombasa County']);
echo "update: ", var_export(array_keys($result) === ['_id', 'modified'], true), ' ',
    var_export($result['_id'] === $id, true), ' modified=', var_export($result['modified'], true), "\n";

$after = $client->details($id);
foreach (array_unique(array_merge(array_keys($created), array_keys($after))) as $field) {
    $before = $created[$field] ?? null;
    $now = $after[$field] ?? null;
    if ($field === 'updatedat') {
        echo "updatedat moved: ", var_export($now > $before, true), "\n";
    } elseif ($before !== $now) {
        echo "changed $field: ", var_export($before, true), ' -> ', var_export($now, true), "\n";
    }
}
echo "other customer untouched: ", var_export($client->details($other['_id']) === $other, true), "\n";

$same = $client->update($id, ['phone' => '+254799000001', 'city' => 'Mombasa']);
echo "identical values: modified=", var_export($same['modified'], true), "\n";
echo "unchanged record: ", var_export($client->details($id) === $after, true), "\n";

$result = $client->update($id, ['type' => 'business', 'website' => 'https://doe.example.com'], ['idempotency_key' => 'upd-1']);
echo "second update: modified=", var_export($result['modified'], true), "\n";
$final = $client->details($id);
echo "type=", $final['type'], " website=", $final['website'], " city=", $final['city'], "\n";

echo "\nsent:\n";
foreach (cf_requests($base) as $r) {
    $line = $r['method'] . ' ' . str_replace([$id, strtoupper($id), $other['_id']], ['{id}', '{ID}', '{other}'], $r['path']);
    if ($r['method'] === 'PATCH') {
        $line .= ' ' . $r['headers']['content-type'] . ' ' . $r['body'];
        $line .= isset($r['headers']['idempotency-key']) && $r['headers']['idempotency-key'] === 'upd-1' ? ' key=upd-1' : '';
    }
    echo $line, "\n";
}
?>
--EXPECT--
details equals created: true
upper-case id finds it: true
update: true true modified=1
changed phone: '+254700000001' -> '+254799000001'
changed city: 'Nairobi' -> 'Mombasa'
updatedat moved: true
changed state: NULL -> 'Mombasa County'
other customer untouched: true
identical values: modified=0
unchanged record: true
second update: modified=1
type=business website=https://doe.example.com city=Mombasa

sent:
GET /business/customer/details/{id}
GET /business/customer/details/{ID}
PATCH /business/customer/update/{id} application/json {"phone":"+254799000001","city":"Mombasa","state":"Mombasa County"}
GET /business/customer/details/{id}
GET /business/customer/details/{other}
PATCH /business/customer/update/{id} application/json {"phone":"+254799000001","city":"Mombasa"}
GET /business/customer/details/{id}
PATCH /business/customer/update/{id} application/json {"type":"business","website":"https://doe.example.com"} key=upd-1
GET /business/customer/details/{id}
