--TEST--
Secret: phpinfo() shows the cashfin section but never a client's secret
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

[$client, $base] = cf_sandbox_client([], [], CF_TEST_SECRET);
error_clear_last(); // the helper polls the sandbox until it answers
$client->list();
try {
    new Cashfin\Customers(CF_TEST_SECRET, ['timeout' => 0]);
} catch (ValueError) {
}

ob_start();
phpinfo();
$info = ob_get_clean();
var_dump(str_contains($info, 'Cashfin Customers API client'));
var_dump(str_contains($info, 'cs_SECRET'), str_contains($info, 'never_shown'));
var_dump(error_get_last());
--EXPECT--
bool(true)
bool(false)
bool(false)
NULL
