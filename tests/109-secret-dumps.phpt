--TEST--
Secret: never shown by var_dump, print_r, var_export, debug_zval_dump, casts, json_encode or error messages
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

$client = new Cashfin\Customers(CF_TEST_SECRET, [
    'base_url' => 'https://api.example.test',
    'proxy' => 'http://proxyuser:proxyPASSWORD@proxy.example.test:3128',
]);

$views = [];
ob_start();
var_dump($client);
$views['var_dump'] = ob_get_clean();
$views['print_r'] = print_r($client, true);
$views['var_export'] = var_export($client, true);
ob_start();
debug_zval_dump($client);
$views['debug_zval_dump'] = ob_get_clean();
$views['(array)'] = var_export((array) $client, true);
$views['get_object_vars'] = var_export(get_object_vars($client), true);
$views['get_mangled_object_vars'] = var_export(get_mangled_object_vars($client), true);
$views['json_encode'] = json_encode($client);
$views['ReflectionObject'] = (string) new ReflectionObject($client);
ob_start();
var_dump(fn () => $client);
$views['var_dump of a closure holding it'] = ob_get_clean();
$views['var_dump inside an array'] = print_r([[$client]], true);
try {
    serialize($client);
} catch (Exception $e) {
    $views['serialize message'] = $e->getMessage() . "\n" . $e;
}
try {
    $copy = clone $client;
} catch (Error $e) {
    $views['clone message'] = $e->getMessage() . "\n" . $e;
}
// Nothing above raised a warning or notice that could carry the secret.
$views['error_get_last'] = var_export(error_get_last(), true);

foreach ($views as $name => $text) {
    printf("%-32s secret:%s proxy password:%s\n", $name,
        var_export(str_contains($text, 'cs_SECRET'), true) . (str_contains($text, 'never_shown') ? '!' : ''),
        var_export(str_contains($text, 'proxyPASSWORD'), true));
}

echo "-- what the debug view does show --\n";
var_dump($client);
echo $views['var_export'], "\n";
var_dump($views['json_encode'], $views['(array)'], error_get_last());
--EXPECTF--
var_dump                         secret:false proxy password:false
print_r                          secret:false proxy password:false
var_export                       secret:false proxy password:false
debug_zval_dump                  secret:false proxy password:false
(array)                          secret:false proxy password:false
get_object_vars                  secret:false proxy password:false
get_mangled_object_vars          secret:false proxy password:false
json_encode                      secret:false proxy password:false
ReflectionObject                 secret:false proxy password:false
var_dump of a closure holding it secret:false proxy password:false
var_dump inside an array         secret:false proxy password:false
serialize message                secret:false proxy password:false
clone message                    secret:false proxy password:false
error_get_last                   secret:false proxy password:false
-- what the debug view does show --
object(Cashfin\Customers)#%d (16) {
  ["base_url"]=>
  string(24) "https://api.example.test"
  ["timeout"]=>
  float(30)
  ["connect_timeout"]=>
  float(10)
  ["max_retries"]=>
  int(2)
  ["max_retry_delay"]=>
  float(5)
  ["max_response_bytes"]=>
  int(16777216)
  ["persistent"]=>
  bool(true)
  ["requests_per_second"]=>
  NULL
  ["rate_limit_store"]=>
  string(7) "process"
  ["bulk_share"]=>
  float(0.8)
  ["on_response"]=>
  bool(false)
  ["logger"]=>
  bool(false)
  ["user_agent"]=>
  string(%d) "cashfin-php/%s PHP/%s curl/%s"
  ["ca_info"]=>
  NULL
  ["proxy"]=>
  bool(true)
  ["client_secret"]=>
  string(10) "[redacted]"
}
\Cashfin\Customers::__set_state(array(
))
string(2) "{}"
string(9) "array (
)"
NULL
