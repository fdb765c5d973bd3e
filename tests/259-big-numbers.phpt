--TEST--
Numbers beyond 64 bits: in data they decode as json_decode decodes them (floats, INF); in pagination anything that is not a count up to 1e15 is an UnexpectedResponseException
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
require __DIR__ . '/hostile.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$id = '507f1f77bcf86cd799439011';

// data: exactly json_decode($body, true)['data'], integer or float as PHP would have it.
$numbers = '{"_id":"' . $id . '","beyond":123456789012345678901234567890,"negative":-99999999999999999999,'
    . '"max":9223372036854775807,"max_plus_1":9223372036854775808,"min":-9223372036854775808,"min_minus_1":-9223372036854775809,'
    . '"huge":1e400,"tiny":-1e400,"small":1e-400,"zero":-0,"float":1.0,"long_fraction":0.1000000000000000055511151231257827,'
    . '"digits":' . str_repeat('9', 400) . '}';
$body = '{"success":true,"data":' . $numbers . '}';
cf_fault($base, ['status' => 200, 'body' => $body]);
$customer = $client->details($id);
echo "details: same as json_decode: ", var_export($customer === json_decode($body, true)['data'], true), "\n";
foreach ($customer as $key => $value) {
    echo "  $key: ", get_debug_type($value), ' ', var_export($value, true), "\n";
}

$body = '{"success":true,"data":[' . $numbers . '],"pagination":{"total":1,"page":1,"limit":10,"pages":1}}';
cf_fault($base, ['status' => 200, 'body' => $body]);
echo "list: same as json_decode: ", var_export($client->list()['data'] === json_decode($body, true)['data'], true), "\n";

$body = '{"success":true,"message":"Customer updated successfully","data":{"_id":"' . $id . '","modified":18446744073709551616}}';
cf_fault($base, ['status' => 200, 'body' => $body]);
echo "update: modified ", var_export($client->update($id, ['city' => 'Nairobi'])['modified'], true), "\n";

// pagination: whole numbers from 0 to 1e15, whatever their JSON spelling.
foreach ([
    '18446744073709551616', '9223372036854775807', '9223372036854775808', '1e400', '-1e400', str_repeat('9', 400),
    '1000000000000001', '1000000000000000', '1e15', '2.0', '-0', '0', '-1', '1.5', '1e-400',
] as $figure) {
    $body = '{"success":true,"data":[],"pagination":{"total":' . $figure . ',"page":1,"limit":10,"pages":1}}';
    cf_fault($base, ['status' => 200, 'body' => $body]);
    [$e, $seconds, $page] = cf_timed(fn () => $client->list());
    echo 'total ', strlen($figure) > 30 ? strlen($figure) . ' nines' : $figure, ': ', $e ? get_class($e) . ', body kept ' . var_export($e->getResponseBody() === $body, true)
        : var_export($page['pagination']['total'], true), "\n";
}
// The same through all(): the pager stops with the exception rather than looping.
$body = '{"success":true,"data":[{"_id":"' . $id . '"}],"pagination":{"total":1,"page":1,"limit":100,"pages":9223372036854775808}}';
cf_fault($base, ['status' => 200, 'body' => $body]);
echo "all(), pages beyond 64 bits: ", get_class(cf_catch(fn () => iterator_to_array($client->all()))), "\n";

// In an error answer a big retry_after is read as the longest wait there is: one week (604800 s).
cf_fault($base, ['status' => 429, 'body' => '{"success":false,"error":"Too many requests","retry_after":1e400}']);
$e = cf_catch(fn () => $client->list());
echo "429, retry_after 1e400: ", get_class($e), ', getRetryAfter ', var_export($e->getRetryAfter(), true), "\n";
cf_fault($base, ['status' => 429, 'body' => '{"success":false,"error":"Too many requests","retry_after":18446744073709551616}']);
$e = cf_catch(fn () => $client->list());
echo "429, retry_after 2^64: ", get_class($e), ', getRetryAfter ', var_export($e->getRetryAfter(), true), "\n";
?>
--EXPECT--
details: same as json_decode: true
  _id: string '507f1f77bcf86cd799439011'
  beyond: float 1.2345678901234568E+29
  negative: float -1.0E+20
  max: int 9223372036854775807
  max_plus_1: float 9.223372036854776E+18
  min: int -9223372036854775807-1
  min_minus_1: float -9.223372036854776E+18
  huge: float INF
  tiny: float -INF
  small: float 0.0
  zero: int 0
  float: float 1.0
  long_fraction: float 0.1
  digits: float INF
list: same as json_decode: true
update: modified 1.8446744073709552E+19
total 18446744073709551616: Cashfin\UnexpectedResponseException, body kept true
total 9223372036854775807: Cashfin\UnexpectedResponseException, body kept true
total 9223372036854775808: Cashfin\UnexpectedResponseException, body kept true
total 1e400: Cashfin\UnexpectedResponseException, body kept true
total -1e400: Cashfin\UnexpectedResponseException, body kept true
total 400 nines: Cashfin\UnexpectedResponseException, body kept true
total 1000000000000001: Cashfin\UnexpectedResponseException, body kept true
total 1000000000000000: 1000000000000000
total 1e15: 1000000000000000
total 2.0: 2
total -0: 0
total 0: 0
total -1: Cashfin\UnexpectedResponseException, body kept true
total 1.5: Cashfin\UnexpectedResponseException, body kept true
total 1e-400: 0
all(), pages beyond 64 bits: Cashfin\UnexpectedResponseException
429, retry_after 1e400: Cashfin\RateLimitException, getRetryAfter 604800
429, retry_after 2^64: Cashfin\RateLimitException, getRetryAfter 604800
