--TEST--
create(): returns the created customer and sends JSON with a generated Idempotency-Key
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);

$input = [
    'name' => 'John Doe',
    'email' => 'john.doe@example.com',
    'phone' => '+254712345678',
    'country' => 'Kenya',
    'currency' => 'KES',
    'company' => 'Doe Enterprises',
    'address' => "123 Nairobi St\nFloor 2",
    'city' => 'Nairobi',
    'type' => 'business',
];
$customer = $client->create($input);

echo "id is 24 hex: ", var_export(preg_match('/^[0-9a-f]{24}$/D', $customer['_id']) === 1, true), "\n";
foreach ($input as $field => $value) {
    if ($customer[$field] !== $value) {
        echo "field $field differs: ", var_export($customer[$field], true), "\n";
    }
}
echo "timestamps: ", var_export(is_string($customer['createdat']) && $customer['createdat'] === $customer['updatedat'], true), "\n";
$id = $customer['_id'];
unset($customer['_id'], $customer['createdat'], $customer['updatedat']);
var_dump($customer);

$second = $client->create(cf_person(2));
echo "second id differs: ", var_export($second['_id'] !== $id, true), "\n";

[$first, $other] = cf_requests($base);
echo $first['method'], ' ', $first['path'], "\n";
echo "content-type: ", $first['headers']['content-type'], "\n";
echo "authorization sent: ", $first['headers']['authorization'], "\n";
echo "body is the input: ", var_export(json_decode($first['body'], true) === $input, true), "\n";
$key1 = $first['headers']['idempotency-key'] ?? '';
$key2 = $other['headers']['idempotency-key'] ?? '';
echo "key sent: ", var_export($key1 !== '' && $key2 !== '', true), "\n";
echo "key is printable ASCII: ", var_export(preg_match('/^[\x21-\x7e]{16,}$/D', $key1) === 1, true), "\n";
echo "generated keys differ: ", var_export($key1 !== $key2, true), "\n";
echo "second content-type: ", $other['headers']['content-type'], "\n";
?>
--EXPECTF--
id is 24 hex: true
timestamps: true
array(11) {
  ["name"]=>
  string(8) "John Doe"
  ["email"]=>
  string(20) "john.doe@example.com"
  ["phone"]=>
  string(13) "+254712345678"
  ["company"]=>
  string(15) "Doe Enterprises"
  ["country"]=>
  string(5) "Kenya"
  ["currency"]=>
  string(3) "KES"
  ["type"]=>
  string(8) "business"
  ["address"]=>
  string(22) "123 Nairobi St
Floor 2"
  ["city"]=>
  string(7) "Nairobi"
  ["active"]=>
  bool(true)
  ["sourceorigin"]=>
  string(3) "api"
}
second id differs: true
POST /business/customer/create
content-type: application/json
authorization sent: [redacted]
body is the input: true
key sent: true
key is printable ASCII: true
generated keys differ: true
second content-type: application/json
