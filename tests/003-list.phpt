--TEST--
list(): data and pagination, defaults, page/limit/search, and the query string sent
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$empty = $client->list();
echo "empty: ", json_encode($empty), "\n";

$ids = [];
for ($i = 1; $i <= 22; $i++) {
    $ids[] = $client->create(cf_person($i))['_id'];
}
// Three that searches can tell apart by name, email and phone.
$ids[] = $client->create(['name' => 'Achieng Otieno', 'email' => 'a.otieno@acme.test', 'phone' => '+254700111222',
    'country' => 'Kenya', 'currency' => 'KES'])['_id'];
$ids[] = $client->create(['name' => 'Mary Ann & Sons', 'email' => 'mary@shop.example', 'phone' => '+254799000333',
    'country' => 'Kenya', 'currency' => 'KES', 'type' => 'business'])['_id'];
$ids[] = $client->create(['name' => 'Kofi Mensah', 'email' => 'kofi@acme.test', 'phone' => '+233 24 555 0199',
    'country' => 'Ghana', 'currency' => 'GHS'])['_id'];
cf_clear_requests($base);

function show(string $label, array $page): void
{
    echo str_pad($label, 28), ' keys=', implode(',', array_keys($page)),
        ' count=', count($page['data']), ' pagination=', json_encode($page['pagination']), "\n";
}

$default = $client->list();
show('list()', $default);
show('limit 10, page 1', $client->list(['page' => 1, 'limit' => 10]));
show('limit 10, page 2', $client->list(['page' => 2, 'limit' => 10]));
$last = $client->list(['page' => 3, 'limit' => 10]);
show('limit 10, page 3', $last);
show('limit 10, page 4', $client->list(['page' => 4, 'limit' => 10]));
$all = $client->list(['limit' => 100]);
show('limit 100', $all);
show('limit 7, page 4', $client->list(['limit' => 7, 'page' => 4]));

// Newest first; the pages together hold every customer once.
$paged = [];
for ($p = 1; $p <= 3; $p++) {
    foreach ($client->list(['page' => $p, 'limit' => 10])['data'] as $c) {
        $paged[] = $c['_id'];
    }
}
echo "pages cover all: ", var_export($paged === array_reverse($ids), true), "\n";
echo "limit 100 is the same: ", var_export(array_column($all['data'], '_id') === $paged, true), "\n";
echo "default is page 1 of 10: ", var_export($default['data'] === array_slice($all['data'], 0, 10), true), "\n";
echo "customer shape: ", implode(',', array_keys($last['data'][0])), "\n";

foreach (['Otieno', 'otieno', 'acme.test', '799000333', '+233 24', 'Mary Ann & Sons', 'nobody'] as $search) {
    $page = $client->list(['search' => $search]);
    echo str_pad("search '$search'", 28), ' names=', implode('|', array_column($page['data'], 'name')),
        ' total=', $page['pagination']['total'], ' pages=', $page['pagination']['pages'], "\n";
}
$page = $client->list(['search' => 'Customer 1', 'limit' => 5, 'page' => 2]);
echo "search 'Customer 1' page 2:  names=", implode('|', array_column($page['data'], 'name')),
    ' pagination=', json_encode($page['pagination']), "\n";

echo "\nsent:\n";
foreach (cf_requests($base) as $r) {
    echo $r['method'], ' ', $r['path'], ' ', json_encode(cf_query($r)), "\n";
}
?>
--EXPECT--
empty: {"data":[],"pagination":{"total":0,"page":1,"limit":10,"pages":0}}
list()                       keys=data,pagination count=10 pagination={"total":25,"page":1,"limit":10,"pages":3}
limit 10, page 1             keys=data,pagination count=10 pagination={"total":25,"page":1,"limit":10,"pages":3}
limit 10, page 2             keys=data,pagination count=10 pagination={"total":25,"page":2,"limit":10,"pages":3}
limit 10, page 3             keys=data,pagination count=5 pagination={"total":25,"page":3,"limit":10,"pages":3}
limit 10, page 4             keys=data,pagination count=0 pagination={"total":25,"page":4,"limit":10,"pages":3}
limit 100                    keys=data,pagination count=25 pagination={"total":25,"page":1,"limit":100,"pages":1}
limit 7, page 4              keys=data,pagination count=4 pagination={"total":25,"page":4,"limit":7,"pages":4}
pages cover all: true
limit 100 is the same: true
default is page 1 of 10: true
customer shape: _id,name,email,phone,country,currency,type,active,sourceorigin,createdat,updatedat
search 'Otieno'              names=Achieng Otieno total=1 pages=1
search 'otieno'              names=Achieng Otieno total=1 pages=1
search 'acme.test'           names=Kofi Mensah|Achieng Otieno total=2 pages=1
search '799000333'           names=Mary Ann & Sons total=1 pages=1
search '+233 24'             names=Kofi Mensah total=1 pages=1
search 'Mary Ann & Sons'     names=Mary Ann & Sons total=1 pages=1
search 'nobody'              names= total=0 pages=0
search 'Customer 1' page 2:  names=Customer 14|Customer 13|Customer 12|Customer 11|Customer 10 pagination={"total":11,"page":2,"limit":5,"pages":3}

sent:
GET /business/customer/list []
GET /business/customer/list {"limit":"10","page":"1"}
GET /business/customer/list {"limit":"10","page":"2"}
GET /business/customer/list {"limit":"10","page":"3"}
GET /business/customer/list {"limit":"10","page":"4"}
GET /business/customer/list {"limit":"100"}
GET /business/customer/list {"limit":"7","page":"4"}
GET /business/customer/list {"limit":"10","page":"1"}
GET /business/customer/list {"limit":"10","page":"2"}
GET /business/customer/list {"limit":"10","page":"3"}
GET /business/customer/list {"search":"Otieno"}
GET /business/customer/list {"search":"otieno"}
GET /business/customer/list {"search":"acme.test"}
GET /business/customer/list {"search":"799000333"}
GET /business/customer/list {"search":"+233 24"}
GET /business/customer/list {"search":"Mary Ann & Sons"}
GET /business/customer/list {"search":"nobody"}
GET /business/customer/list {"limit":"5","page":"2","search":"Customer 1"}
