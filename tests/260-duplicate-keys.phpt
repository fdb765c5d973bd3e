--TEST--
Duplicate keys in success answers: read as json_decode reads them, the last one wins (data, its fields, success, pagination)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$id = '507f1f77bcf86cd799439011';

function show(string $label, string $base, string $body, callable $call, callable $pick): void
{
    cf_fault($base, ['status' => 200, 'body' => $body]);
    try {
        $result = json_encode($call());
    } catch (Cashfin\Exception $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    $decoded = json_decode($body, true);
    echo str_pad($label, 26), $result, "\n", str_repeat(' ', 26), 'json_decode: ', json_encode($pick($decoded)), "\n";
}

$details = fn () => $client->details($id);
$list = fn () => $client->list();
$data = fn ($d) => $d['data'];
$page = fn ($d) => ['data' => $d['data'], 'pagination' => $d['pagination']];

show('a field twice', $base, '{"success":true,"data":{"_id":"' . $id . '","name":"first","name":"last"}}', $details, $data);
show('data twice', $base, '{"success":true,"data":{"_id":"a","name":"first"},"data":{"_id":"b","name":"last"}}', $details, $data);
show('data: list, then object', $base, '{"success":true,"data":[1],"data":{"_id":"b","name":"last"}}', $details, $data);
show('success false, then true', $base, '{"success":false,"success":true,"data":{"_id":"a","name":"x"}}', $details, $data);
show('pagination twice', $base, '{"success":true,"data":[],"pagination":{"total":1,"page":1,"limit":10,"pages":1},'
    . '"pagination":{"total":2,"page":2,"limit":20,"pages":2}}', $list, $page);
show('a figure twice', $base, '{"success":true,"data":[],"pagination":{"total":1,"total":7,"page":1,"limit":10,"pages":1}}', $list, $page);
show('a customer field twice', $base, '{"success":true,"data":[{"_id":"' . $id . '","city":"A","city":"B"}],'
    . '"pagination":{"total":1,"page":1,"limit":10,"pages":1}}', $list, $page);
show('the same key 1,000 times', $base, '{"success":true,"data":{"_id":"a",' . implode(',', array_map(fn ($i) => "\"k\":$i", range(1, 1000))) . '}}', $details, $data);
show('last data without _id', $base, '{"success":true,"data":{"_id":"a"},"data":{"name":"last"}}', $details, $data);
?>
--EXPECT--
a field twice             {"_id":"507f1f77bcf86cd799439011","name":"last"}
                          json_decode: {"_id":"507f1f77bcf86cd799439011","name":"last"}
data twice                {"_id":"b","name":"last"}
                          json_decode: {"_id":"b","name":"last"}
data: list, then object   {"_id":"b","name":"last"}
                          json_decode: {"_id":"b","name":"last"}
success false, then true  {"_id":"a","name":"x"}
                          json_decode: {"_id":"a","name":"x"}
pagination twice          {"data":[],"pagination":{"total":2,"page":2,"limit":20,"pages":2}}
                          json_decode: {"data":[],"pagination":{"total":2,"page":2,"limit":20,"pages":2}}
a figure twice            {"data":[],"pagination":{"total":7,"page":1,"limit":10,"pages":1}}
                          json_decode: {"data":[],"pagination":{"total":7,"page":1,"limit":10,"pages":1}}
a customer field twice    {"data":[{"_id":"507f1f77bcf86cd799439011","city":"B"}],"pagination":{"total":1,"page":1,"limit":10,"pages":1}}
                          json_decode: {"data":[{"_id":"507f1f77bcf86cd799439011","city":"B"}],"pagination":{"total":1,"page":1,"limit":10,"pages":1}}
the same key 1,000 times  {"_id":"a","k":1000}
                          json_decode: {"_id":"a","k":1000}
last data without _id     Cashfin\UnexpectedResponseException: The answer claims success but carries no record with an _id
                          json_decode: {"name":"last"}
