--TEST--
Validation: a negative integer key is reported as "Unknown field" under that same negative integer
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client();
foreach ([[-3 => 'x'], [PHP_INT_MIN => 'x'], [-1 => 'x', 'city' => 'Nairobi']] as $changes) {
    try {
        $client->update(CF_TEST_ID, $changes);
    } catch (Cashfin\ValidationException $e) {
        var_dump($e->getErrors());
        var_dump(array_keys($e->getErrors()) === array_keys(array_diff_key($changes, ['city' => 1])));
    }
}
cf_requests_sent($base);
--EXPECTF--
array(1) {
  [-3]=>
  string(13) "Unknown field"
}
bool(true)
array(1) {
  [%i]=>
  string(13) "Unknown field"
}
bool(true)
array(1) {
  [-1]=>
  string(13) "Unknown field"
}
bool(true)
requests sent: 0
