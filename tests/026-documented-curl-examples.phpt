--TEST--
The curl examples of Cashfin's Customers API documentation work against the sandbox (host replaced)
--EXTENSIONS--
cashfin
--SKIPIF--
<?php
exec('command -v curl 2>/dev/null', $out, $status);
if ($status !== 0 || $out === []) {
    die('skip the curl command-line tool is not installed');
}
?>
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();

/*
 * The command lines exactly as documented; only https://api.cashfin.africa is replaced, and
 * -sS -w adds the status line after the body. The documented create body shows the email as
 * "[email protected]" (an e-mail obfuscation artefact of the published page): it is run as
 * published, then with a real address.
 */
function run(string $documented, string $base, array $replace = []): array
{
    $command = strtr($documented, ['https://api.cashfin.africa' => $base] + $replace) . " -sS -w '\n%{http_code}'";
    $proc = proc_open(['sh', '-c', $command], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $exit = proc_close($proc);
    if ($exit !== 0) {
        throw new RuntimeException("curl failed ($exit): $err");
    }
    $cut = strrpos($out, "\n");
    return [(int) substr($out, $cut + 1), json_decode(substr($out, 0, $cut), true)];
}

$create = <<<'SH'
curl -X POST "https://api.cashfin.africa/business/customer/create" \
-H "Authorization: cs_your_client_secret" \
-H "Content-Type: application/json" \
-d '{
"name": "John Doe",
"email": "[email protected]",
"phone": "+254712345678",
"country": "Kenya",
"currency": "KES"
}'
SH;
$list = <<<'SH'
curl -X GET "https://api.cashfin.africa/business/customer/list?page=1&limit=10" \
-H "Authorization: cs_your_client_secret"
SH;
$details = <<<'SH'
curl -X GET "https://api.cashfin.africa/business/customer/details/507f1f77bcf86cd799439011" \
-H "Authorization: cs_your_client_secret"
SH;
$update = <<<'SH'
curl -X PATCH "https://api.cashfin.africa/business/customer/update/507f1f77bcf86cd799439011" \
-H "Authorization: cs_your_client_secret" \
-H "Content-Type: application/json" \
-d '{
"phone": "+254799000001",
"city": "Mombasa"
}'
SH;

[$status, $json] = run($create, $base);
echo "create as published: $status ", json_encode($json), "\n";

[$status, $json] = run($create, $base, ['[email protected]' => 'john.doe@example.com']);
$id = $json['data']['_id'];
echo "create: $status success=", var_export($json['success'], true), " message=", $json['message'], "\n";
echo "  data keys: ", implode(',', array_keys($json['data'])), "\n";
echo "  id is an ObjectId: ", var_export(preg_match('/^[0-9a-f]{24}$/D', $id) === 1, true), "\n";
echo "  email: ", $json['data']['email'], ", active: ", var_export($json['data']['active'], true),
    ", sourceorigin: ", $json['data']['sourceorigin'], "\n";

[$status, $json] = run($list, $base);
echo "list: $status success=", var_export($json['success'], true), " count=", count($json['data']),
    " pagination=", json_encode($json['pagination']), "\n";

[$status, $json] = run($details, $base);
echo "details of the documented id: $status ", json_encode($json), "\n";
[$status, $json] = run($update, $base);
echo "update of the documented id: $status ", json_encode($json), "\n";

[$status, $json] = run($update, $base, ['507f1f77bcf86cd799439011' => $id]);
echo "update: $status ", json_encode(['success' => $json['success'], 'message' => $json['message'],
    'same id' => $json['data']['_id'] === $id, 'modified' => $json['data']['modified']]), "\n";
[$status, $json] = run($details, $base, ['507f1f77bcf86cd799439011' => $id]);
echo "details: $status phone=", $json['data']['phone'], " city=", $json['data']['city'], "\n";

// The extension reads the same records the documented commands wrote.
$client = new Cashfin\Customers('cs_test', ['base_url' => $base]);
echo "extension sees the same customer: ", var_export($client->details($id) === $json['data'], true), "\n";
?>
--EXPECT--
create as published: 422 {"success":false,"error":"There are problems with your submission","errors":{"email":"Email must be a valid email address"}}
create: 201 success=true message=Customer created successfully
  data keys: _id,name,email,phone,country,currency,type,active,sourceorigin,createdat,updatedat
  id is an ObjectId: true
  email: john.doe@example.com, active: true, sourceorigin: api
list: 200 success=true count=1 pagination={"total":1,"page":1,"limit":10,"pages":1}
details of the documented id: 404 {"success":false,"error":"Customer not found"}
update of the documented id: 404 {"success":false,"error":"Customer not found"}
update: 200 {"success":true,"message":"Customer updated successfully","same id":true,"modified":1}
details: 200 phone=+254799000001 city=Mombasa
extension sees the same customer: true
