--TEST--
Decoded answers are what json_decode($body, true) gives: strings, numbers, keys, nesting
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);

// Real answers: a page of customers with non-ASCII data, fetched raw beside the client.
$client->create(cf_person(1, ['name' => 'Zoë Ñandú-Öztürk 😀', 'address' => "12 Rue de l'Été\nBât. \"B\" \\ 3",
    'city' => '東京', 'company' => 'Ünïcødé & Söns <b>', 'type' => 'business']));
for ($i = 2; $i <= 30; $i++) {
    $client->create(cf_person($i, ['city' => "City/$i", 'company' => "Co \u{2028} $i"]));
}
$raw = file_get_contents("$base/business/customer/list?limit=100", false,
    stream_context_create(['http' => ['header' => "Authorization: cs_test\r\n"]]));
echo "list page as json_decode: ", var_export($client->list(['limit' => 100])['data'] === json_decode($raw, true)['data'], true), "\n";

// Crafted answers, one value at a time.
$cases = [
    'unicode escapes' => '"Zo\u00eb \ud83d\ude00 \u65e5\u672c"',
    'escapes' => '"\"q\" \\\\ \/ \b\f\n\r\t"',
    'NUL inside a string' => '"a\u0000b"',
    'int' => '42',
    'negative int' => '-7',
    'int 2^53 + 1' => '9007199254740993',
    'PHP_INT_MAX' => '9223372036854775807',
    'beyond PHP_INT_MAX' => '9223372036854775808',
    'fraction' => '3.14',
    'whole number written as float' => '2.0',
    'exponent' => '1.5e3',
    'small exponent' => '-1.25e-5',
    'true' => 'true',
    'false' => 'false',
    'null' => 'null',
    'empty object' => '{}',
    'empty array' => '[]',
    'list' => '[1,"two",{"three":3},[4],null]',
    'numeric keys' => '{"0":"a","123":"b","-5":"c","01":"d","":"e","1.5":"f"}',
    'duplicate keys' => '{"k":1,"k":2}',
    'NUL inside a key' => '{"a\u0000b":1}',
    'deep nesting' => '{"a":{"b":{"c":[{"d":[[[{"e":"deep"}]]]}]}}}',
];
foreach ($cases as $label => $json) {
    $body = '{"success":true,"data":{"_id":"507f1f77bcf86cd799439011","value":' . $json . '}}';
    cf_fault($base, ['status' => 200, 'body' => $body]);
    $got = $client->details('507f1f77bcf86cd799439011');
    $want = json_decode($body, true)['data'];
    echo str_pad("$label:", 32), $got === $want ? 'same' : 'differs: ' . var_export($got['value'], true)
        . ' instead of ' . var_export($want['value'], true), "\n";
}
?>
--EXPECT--
list page as json_decode: true
unicode escapes:                same
escapes:                        same
NUL inside a string:            same
int:                            same
negative int:                   same
int 2^53 + 1:                   same
PHP_INT_MAX:                    same
beyond PHP_INT_MAX:             same
fraction:                       same
whole number written as float:  same
exponent:                       same
small exponent:                 same
true:                           same
false:                          same
null:                           same
empty object:                   same
empty array:                    same
list:                           same
numeric keys:                   same
duplicate keys:                 same
NUL inside a key:               same
deep nesting:                   same
