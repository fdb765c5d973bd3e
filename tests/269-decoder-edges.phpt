--TEST--
Success answers decode exactly as json_decode($body, true) at the edges of the extension's own decoder: repeated record shapes, known keys repeated, escaped or cut short, keys near the body's end, long lists, strings across the scanner's steps, -0, numeric keys, depth 511
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$id = '507f1f77bcf86cd799439011';

/* serialize() tells apart what === does not: -0.0 from 0.0. The next free index shows how the array
 * was built (what `$a[] = ...` would use). */
function same_as_json_decode($got, string $body): string
{
    $want = json_decode($body, true)['data'];
    if (serialize($got) !== serialize($want)) {
        return 'differs: ' . substr(serialize($got), 0, 300) . ' instead of ' . substr(serialize($want), 0, 300);
    }
    $next = function (array $a) {
        $a[] = 'next';
        return array_key_last($a);
    };
    return $next($got) === $next($want) ? 'same' : 'differs in the next free index';
}

$customer = fn (int $n) => ['_id' => sprintf('%024x', $n), 'name' => "Name $n", 'email' => "c$n@example.com",
    'phone' => '+254712345678', 'company' => $n % 2 ? '' : "Co $n", 'country' => 'Kenya', 'currency' => 'KES',
    'type' => 'individual', 'address' => "Street $n", 'city' => 'Nairobi', 'state' => '', 'website' => '',
    'active' => $n % 3 !== 0, 'sourceorigin' => 'api', 'createdat' => '2024-01-15T10:30:00.000Z',
    'updatedat' => '2024-01-15T10:30:00.000Z'];
$page = fn (array $data, string $extra = '') => '{"success":true,"data":' . json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)
    . ',"pagination":{"total":' . count($data) . ',"page":1,"limit":100,"pages":1}' . $extra . '}';

$pages = [
    // 300 records: more waiting values than the decoder's first stack holds.
    'records of one shape' => $page(array_map($customer, range(1, 300))),
    'keys in another order' => $page([$customer(1), array_reverse($customer(2), true), $customer(3)]),
    'a record with fewer keys' => $page([$customer(1), ['_id' => 'x', 'name' => 'y'], $customer(2)]),
    'unknown keys among known' => $page([$customer(1), ['extra' => 1] + $customer(2) + ['more' => [1, 2]], $customer(3)]),
    'prefixes of known keys' => '{"success":true,"data":[{"_id":"a","name":"b"},{"_i":"a","nam":"b","names":"c","name\u0000":"d","_id":"z"}],'
        . '"pagination":{"total":2,"page":1,"limit":100,"pages":1}}',
    'a known key repeated' => '{"success":true,"data":[{"_id":"a","name":"b","_id":"c"},{"_id":"a","name":"b","name":{"n":1}}],'
        . '"pagination":{"total":2,"page":1,"limit":100,"pages":1}}',
    'known keys escaped' => '{"success":true,"data":[{"_id":"a","name":"b"},{"\u005fid":"c","n\u0061me":"d","_id":"e"}],'
        . '"pagination":{"total":2,"page":1,"limit":100,"pages":1}}',
    'known keys at the very end' => '{"success":true,"data":[],"pagination":{"total":0,"page":1,"limit":1,"pages":0,"x":{"name":1,"type":2}},"meta":{"name":1,"type":2}}',
    'whitespace everywhere' => " \r\n{ \"success\" :\ttrue ,\n \"data\" : [ { \"_id\" : \"a\" , \"name\" : \"b\" } ,\r\n{ \"_id\" : \"c\" , \"name\" : \"d\" } ] ,"
        . " \"pagination\" : { \"total\" : 2 , \"page\" : 1 , \"limit\" : 100 , \"pages\" : 1 } }\n\n",
];
foreach ($pages as $label => $body) {
    cf_fault($base, ['status' => 200, 'body' => $body]);
    echo str_pad("$label:", 30), same_as_json_decode($client->list(['limit' => 100])['data'], $body), "\n";
}

$strings = [];
for ($len = 0; $len <= 40; $len++) {
    $strings[] = substr(str_repeat('abcdefghij', 5), 0, $len);
    $strings[] = substr(str_repeat('abcdefghij', 5), 0, $len) . 'é"\\';
}
$values = [
    'strings of every length' => json_encode($strings, JSON_UNESCAPED_UNICODE),
    'minus zero' => '[-0,-0.0,0.0,-0e0,0e-5]',
    'numeric keys' => '{"0":1,"-0":2,"-5":3,"9223372036854775807":4,"9223372036854775808":5,"-9223372036854775808":6,"007":7}',
    'numeric keys, next index' => '{"5":"a","2":"b"}',
    'negative key, next index' => '{"-5":"a"}',
    'empty key and NUL key' => '{"":1,"\u0000":2,"\u0000a":3}',
    // With the envelope and data, 511 arrays and objects open at once: json_decode's limit.
    'depth 511' => str_repeat('[', 509) . '1' . str_repeat(']', 509),
];
foreach ($values as $label => $json) {
    $body = '{"success":true,"data":{"_id":"' . $id . '","value":' . $json . '}}';
    cf_fault($base, ['status' => 200, 'body' => $body]);
    echo str_pad("$label:", 30), same_as_json_decode($client->details($id), $body), "\n";
}

// One level deeper than json_decode reads: refused as json_decode refuses it.
$body = '{"success":true,"data":{"_id":"' . $id . '","value":' . str_repeat('[', 510) . '1' . str_repeat(']', 510) . '}}';
var_dump(json_decode($body, true));
cf_fault($base, ['status' => 200, 'body' => $body]);
try {
    $client->details($id);
    echo "depth 512: answered\n";
} catch (Cashfin\UnexpectedResponseException $e) {
    echo 'depth 512: ', get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
records of one shape:         same
keys in another order:        same
a record with fewer keys:     same
unknown keys among known:     same
prefixes of known keys:       same
a known key repeated:         same
known keys escaped:           same
known keys at the very end:   same
whitespace everywhere:        same
strings of every length:      same
minus zero:                   same
numeric keys:                 same
numeric keys, next index:     same
negative key, next index:     same
empty key and NUL key:        same
depth 511:                    same
NULL
depth 512: Cashfin\UnexpectedResponseException: The answer (HTTP 200) is not a JSON object
